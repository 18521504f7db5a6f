import { newEvent } from '@mesh/contracts';
import { fieldEventsOf } from './event-payloads';

const product = { domain: 'sales', name: 'orders', version: '1.4.0' };
const subject = 'urn:mesh:product:sales:orders';

describe('what events become for subscribers', () => {
  it('gives a raised alert to qualityAlerts with its severity', () => {
    const event = newEvent('quality.alert.raised', {
      subject,
      producer: 'quality',
      payload: { alertId: 'a1', product, kind: 'quality', severity: 'critical', ruleId: 'r1', message: 'nulls' },
    });
    expect(fieldEventsOf(event)).toEqual([
      {
        field: 'qualityAlerts',
        product,
        severity: 'critical',
        principal: null,
        payload: expect.objectContaining({ type: 'raised', alertId: 'a1', eventId: event.eventId, product }),
      },
    ]);
  });

  it('gives provisioning start to both the lifecycle and the progress', () => {
    const event = newEvent('product.provisioning.started', {
      subject,
      producer: 'registry',
      payload: { product, jobId: 'j1', ports: ['orders'], outputPorts: [] },
    });
    expect(
      fieldEventsOf(event).map((fieldEvent) => [fieldEvent.field, fieldEvent.payload.stage ?? fieldEvent.payload.type]),
    ).toEqual([
      ['productLifecycle', 'provisioning'],
      ['provisioningProgress', 'started'],
    ]);
  });

  it('carries a rejection’s reasons', () => {
    const event = newEvent('product.version.rejected', {
      subject,
      producer: 'registry',
      payload: {
        product,
        decisionId: 'd1',
        violations: [{ policyId: 'p1', policyVersion: 1, message: 'needs an owner', severity: 'blocking' }],
      },
    });
    expect(fieldEventsOf(event)[0].payload).toMatchObject({ stage: 'rejected', reasons: ['needs an owner'] });
  });

  it('makes an access event visible to the principal it is about', () => {
    const event = newEvent('access.requested', {
      subject,
      producer: 'registry',
      payload: {
        requestId: 'r1',
        product: { domain: 'sales', name: 'orders' },
        principal: 'p-9',
        port: null,
        purpose: 'x',
      },
    });
    expect(fieldEventsOf(event)[0]).toMatchObject({
      field: 'accessRequests',
      principal: 'p-9',
      product: { version: null },
    });
  });

  it('ignores events no subscription shows', () => {
    const event = newEvent('lineage.edges.changed', {
      subject: 'urn:mesh:lineage',
      producer: 'lineage',
      payload: { added: [], removed: [] },
    });
    expect(fieldEventsOf(event)).toEqual([]);
  });
});
