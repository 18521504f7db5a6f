import { applyUpdates } from '../metadata/apply-updates';
import { sampleTable, snapshot } from '../metadata/test-metadata';
import { dataPublishedEvents } from './data-published';

const base = sampleTable();
const next = applyUpdates(
  base,
  [
    {
      action: 'add-snapshot',
      snapshot: {
        ...snapshot(9223372036854775807n, 1),
        summary: {
          operation: 'append',
          'added-records': '10',
          'total-records': '10',
          'added-data-files': '2',
          'total-data-files': '2',
        },
      },
    },
    { action: 'set-snapshot-ref', 'ref-name': 'main', type: 'branch', 'snapshot-id': 9223372036854775807n },
  ],
  { now: 1, checkLocation: () => undefined },
);

describe('dataPublishedEvents', () => {
  it('announces each added snapshot with its summary counts, product and port', () => {
    const binding = {
      namespace: 'sales',
      table: 'orders',
      domain: 'sales',
      product: 'orders',
      version: '1.4.0',
      port: 'orders',
      contract: null,
    };
    const [event, ...rest] = dataPublishedEvents(
      { namespace: 'sales', table: 'orders', binding, base, next, metadataLocation: 'file:///m.json' },
      'principal-1',
    );
    expect(rest).toEqual([]);
    expect(event).toMatchObject({
      type: 'data.published',
      subject: 'urn:mesh:product:sales:orders',
      producer: 'catalog',
      actor: 'principal-1',
      payload: {
        product: { domain: 'sales', name: 'orders', version: '1.4.0' },
        port: 'orders',
        snapshotId: '9223372036854775807',
        rowsAdded: 10,
        rowsTotal: 10,
        committedAt: 5_001,
        source: 'catalog',
        runId: null,
        table: 'sales.orders',
        metadataLocation: 'file:///m.json',
        operation: 'append',
        filesAdded: 2,
        filesTotal: 2,
      },
    });
  });

  it('announces a table no product claims under its namespace, and nothing for commits without snapshots', () => {
    const [event] = dataPublishedEvents(
      { namespace: 'sales', table: 'scratch', binding: null, base: null, next, metadataLocation: 'file:///m.json' },
      null,
    );
    expect(event.subject).toBe('urn:mesh:table:sales.scratch');
    expect(event.payload.product).toEqual({ domain: 'sales', name: '', version: '' });
    expect(
      dataPublishedEvents(
        { namespace: 'sales', table: 'orders', binding: null, base: next, next, metadataLocation: 'x' },
        null,
      ),
    ).toEqual([]);
  });
});
