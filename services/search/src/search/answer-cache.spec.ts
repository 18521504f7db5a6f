import { AnswerCache, type CacheOutcome } from './answer-cache';

function fixture(options: { ttlMs?: number; maxEntries?: number } = {}) {
  const state = { generation: 0, now: 0, computed: 0 };
  const outcomes: CacheOutcome[] = [];
  const cache = new AnswerCache<string>({
    ttlMs: options.ttlMs ?? 500,
    maxEntries: options.maxEntries ?? 10,
    generation: () => state.generation,
    now: () => state.now,
    onOutcome: (outcome) => outcomes.push(outcome),
  });
  const ask = (key: string) =>
    cache.answer(key, () => {
      state.computed++;
      return Promise.resolve(`${key}#${state.computed}`);
    });
  return { cache, state, outcomes, ask };
}

describe('AnswerCache', () => {
  it('answers a repeated question from the cache while the index is unchanged', async () => {
    const { ask, state, outcomes } = fixture();
    expect(await ask('a')).toBe('a#1');
    expect(await ask('a')).toBe('a#1');
    expect(await ask('b')).toBe('b#2');
    expect(state.computed).toBe(2);
    expect(outcomes).toEqual(['miss', 'hit', 'miss']);
  });

  it('asks again once this instance changed the index', async () => {
    const { ask, state } = fixture();
    await ask('a');
    state.generation++;
    expect(await ask('a')).toBe('a#2');
    expect(await ask('a')).toBe('a#2');
  });

  it('does not keep an answer whose query raced a write', async () => {
    const { cache, state, ask } = fixture();
    let finish: (value: string) => void = () => undefined;
    const racing = cache.answer('a', () => new Promise<string>((resolve) => (finish = resolve)));
    state.generation++;
    finish('before the write');
    expect(await racing).toBe('before the write');
    expect(await ask('a')).toBe('a#1');
  });

  it('asks again after the time to live, to see what other instances wrote', async () => {
    const { ask, state } = fixture({ ttlMs: 500 });
    await ask('a');
    state.now = 499;
    expect(await ask('a')).toBe('a#1');
    state.now = 500;
    expect(await ask('a')).toBe('a#2');
  });

  it('shares one query among clients asking the same at once', async () => {
    const { cache } = fixture();
    let queries = 0;
    const slow = () => {
      queries++;
      return new Promise<string>((resolve) => setTimeout(() => resolve('answer'), 5));
    };
    const answers = await Promise.all(Array.from({ length: 20 }, () => cache.answer('a', slow)));
    expect(new Set(answers)).toEqual(new Set(['answer']));
    expect(queries).toBe(1);
  });

  it('does not keep failures', async () => {
    const { cache, ask } = fixture();
    await expect(cache.answer('a', () => Promise.reject(new Error('unavailable')))).rejects.toThrow('unavailable');
    expect(await ask('a')).toBe('a#1');
  });

  it('drops the least recently used answers beyond its size', async () => {
    const { cache, ask, state } = fixture({ maxEntries: 2 });
    await ask('a');
    await ask('b');
    await ask('a');
    await ask('c');
    expect(cache.size).toBe(2);
    expect(await ask('a')).toBe('a#1');
    expect(await ask('b')).toBe('b#4');
    expect(state.computed).toBe(4);
  });

  it('lets go of answers that can no longer be served', async () => {
    const { cache, ask, state } = fixture({ ttlMs: 500 });
    await ask('a');
    await ask('b');
    state.generation++;
    await ask('c');
    expect(cache.size).toBe(1);
    state.now = 600;
    await ask('d');
    expect(cache.size).toBe(1);
  });

  it('asks the index every time when turned off', async () => {
    const { ask, state, outcomes, cache } = fixture({ ttlMs: 0 });
    await ask('a');
    await ask('a');
    expect(state.computed).toBe(2);
    expect(outcomes).toEqual(['bypass', 'bypass']);
    expect(cache.size).toBe(0);
  });
});
