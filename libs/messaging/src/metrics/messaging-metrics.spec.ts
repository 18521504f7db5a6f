import { Registry } from 'prom-client';
import { MessagingMetrics } from './messaging-metrics';

describe('MessagingMetrics', () => {
  it('is one instance per registry, so several components can share a registry', () => {
    const registry = new Registry();

    expect(MessagingMetrics.of(registry)).toBe(MessagingMetrics.of(registry));
    expect(MessagingMetrics.of(new Registry())).not.toBe(MessagingMetrics.of(registry));
  });

  it('reads the outbox backlog from the watching relay at scrape time', async () => {
    const registry = new Registry();
    const metrics = MessagingMetrics.of(registry);
    let backlog = { unsent: 3, oldestAgeSeconds: 1.5 };
    metrics.watchOutbox(async () => backlog);

    expect(await registry.getSingleMetricAsString('mesh_outbox_lag_seconds')).toContain('mesh_outbox_lag_seconds 1.5');
    backlog = { unsent: 0, oldestAgeSeconds: 0 };
    expect(await registry.getSingleMetricAsString('mesh_outbox_unsent_rows')).toContain('mesh_outbox_unsent_rows 0');
  });
});
