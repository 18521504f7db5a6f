import { RejectedError, VersionProgress } from './version-progress';

describe('VersionProgress', () => {
  const ref = { domain: 'sales', name: 'orders', version: '1.4.0' };

  it('counts a later stage as every earlier one reached', async () => {
    const progress = new VersionProgress(ref);
    const approved = progress.until('APPROVED');
    progress.reach('PROVISIONING');
    await expect(approved).resolves.toBeUndefined();
    expect(progress.timeline().map(({ stage }) => stage)).toEqual(['PROPOSED', 'APPROVED', 'PROVISIONING']);
    expect(progress.settled).toBe(false);
  });

  it('ignores a stage behind the one reached, as a late poll may report it', () => {
    const progress = new VersionProgress(ref);
    progress.reach('PUBLISHED');
    progress.reach('APPROVED');
    expect(progress.timeline().at(-1)?.stage).toBe('PUBLISHED');
    expect(progress.settled).toBe(true);
  });

  it('ends the waits with the reasons of a rejection', async () => {
    const progress = new VersionProgress(ref);
    const published = progress.until('PUBLISHED');
    progress.reach('REJECTED', ['Tag the product.']);
    await expect(published).rejects.toEqual(new RejectedError(['Tag the product.']));
    expect(progress.rejected?.reasons).toEqual(['Tag the product.']);
  });

  it('knows each port provisioned, and that publication implies them all', async () => {
    const progress = new VersionProgress(ref);
    const orders = progress.untilPort('orders');
    const lines = progress.untilPort('order_lines');
    progress.portFailed('orders', { attempts: 1, reason: 'catalog unavailable' });
    expect(progress.lastAttempt('orders')).toEqual({ attempts: 1, reason: 'catalog unavailable' });
    progress.portProvisioned('orders');
    await expect(orders).resolves.toBeUndefined();
    progress.reach('PUBLISHED');
    await expect(lines).resolves.toBeUndefined();
  });

  it('fails every wait when the events cannot be followed', async () => {
    const progress = new VersionProgress(ref);
    const approved = progress.until('APPROVED');
    progress.fail(new Error('not published within 10m'));
    await expect(approved).rejects.toThrow('not published within 10m');
  });
});
