import { ReadCoverageCache, type ObjectTable } from './read-coverage-cache';

describe('ReadCoverageCache', () => {
  let now: number;
  let lookups: number;
  const cache = (maxEntries?: number) => new ReadCoverageCache({ ttlMs: 30_000, maxEntries, now: () => now });
  const orders = (grantedUntil: Date | null = null): ObjectTable => ({
    table: 'orders',
    coverage: { product: { domain: 'sales', name: 'orders' }, granted: true, grantedUntil },
  });
  const resolving = (answer: ObjectTable) => async () => {
    lookups++;
    return answer;
  };

  beforeEach(() => {
    now = 1_000_000;
    lookups = 0;
  });

  it('keeps an answer per principal and directory, for the TTL', async () => {
    const kept = cache();
    const read = (principal: string, directory: string) => kept.get(principal, 'sales', directory, resolving(orders()));
    expect(await read('p-1', 's3://lake/sales/orders/data')).toEqual(orders());
    await read('p-1', 's3://lake/sales/orders/data');
    expect(lookups).toBe(1);
    await read('p-2', 's3://lake/sales/orders/data');
    await read('p-1', 's3://lake/sales/orders/metadata');
    expect(lookups).toBe(3);
    now += 30_000;
    await read('p-1', 's3://lake/sales/orders/data');
    expect(lookups).toBe(4);
  });

  it('keeps a granted read no longer than the grant', async () => {
    const kept = cache();
    const read = () =>
      kept.get('p-1', 'sales', 's3://lake/sales/orders/data', resolving(orders(new Date(now + 5_000))));
    await read();
    now += 4_999;
    await read();
    expect(lookups).toBe(1);
    now += 1;
    await read();
    expect(lookups).toBe(2);
  });

  it('shares a lookup between concurrent requests', async () => {
    const kept = cache();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => kept.get('p-1', 'sales', 's3://lake/sales/orders/data', resolving(null))),
    );
    expect(answers).toEqual([null, null, null, null, null]);
    expect(lookups).toBe(1);
  });

  it('forgets everything on clear, and does not keep what a lookup under way finds', async () => {
    const kept = cache();
    const read = (resolve: () => Promise<ObjectTable>) =>
      kept.get('p-1', 'sales', 's3://lake/sales/orders/data', resolve);
    await read(resolving(orders()));
    kept.clear();
    let finish: (answer: ObjectTable) => void = () => undefined;
    const underWay = read(() => new Promise((done) => (finish = done)));
    // The grant is withdrawn while the lookup runs: what it found (granted, read before) must not outlive it.
    kept.clear();
    finish(orders());
    expect(await underWay).toEqual(orders());
    expect(await read(resolving(null))).toBeNull();
    expect(lookups).toBe(2);
  });

  it('does not keep a failed lookup', async () => {
    const kept = cache();
    const read = (resolve: () => Promise<ObjectTable>) =>
      kept.get('p-1', 'sales', 's3://lake/sales/orders/data', resolve);
    await expect(read(() => Promise.reject(new Error('connection lost')))).rejects.toThrow('connection lost');
    expect(await read(resolving(null))).toBeNull();
    expect(lookups).toBe(1);
  });

  it('holds at most maxEntries answers, dropping the oldest', async () => {
    const kept = cache(2);
    const read = (directory: string) => kept.get('p-1', 'sales', directory, resolving(null));
    await read('s3://lake/sales/a');
    await read('s3://lake/sales/b');
    await read('s3://lake/sales/c');
    await read('s3://lake/sales/b');
    expect(lookups).toBe(3);
    await read('s3://lake/sales/a');
    expect(lookups).toBe(4);
  });
});
