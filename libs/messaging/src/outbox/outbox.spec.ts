import { newEvent } from '@mesh/contracts';
import type { EntityManager } from 'typeorm';
import { eventFromJson } from './event-json';
import { Outbox } from './outbox';

function recordingManager() {
  const statements: { sql: string; params: unknown[] }[] = [];
  const manager = {
    query: async (sql: string, params: unknown[]) => {
      statements.push({ sql, params });
      return [];
    },
  } as unknown as EntityManager;
  return { manager, statements };
}

const event = (index: number) =>
  newEvent('domain.created', {
    subject: `urn:mesh:domain:d${index}`,
    producer: 'registry',
    payload: { domain: `d${index}`, title: null, description: null, ownerTeam: null },
  });

describe('Outbox', () => {
  it('stores topic, key, type and the event as JSON, in the order given', async () => {
    const { manager, statements } = recordingManager();
    const [first, second] = [event(1), event(2)];

    await Outbox.addAll(manager, [first, second]);

    expect(statements).toHaveLength(1);
    expect(statements[0].params.slice(0, 3)).toEqual(['mesh.product-lifecycle.v1', first.subject, 'domain.created']);
    expect(eventFromJson(statements[0].params[3] as string)).toEqual(first);
    expect(statements[0].params[5]).toBe(second.subject);
  });

  it('splits large batches below the parameter limit of a statement', async () => {
    const { manager, statements } = recordingManager();

    await Outbox.addAll(
      manager,
      Array.from({ length: 2_500 }, (_, index) => event(index)),
    );

    expect(statements.map((statement) => statement.params.length / 4)).toEqual([1_000, 1_000, 500]);
  });

  it('writes nothing for no events', async () => {
    const { manager, statements } = recordingManager();

    await Outbox.addAll(manager, []);

    expect(statements).toEqual([]);
  });
});
