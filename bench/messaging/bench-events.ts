import { newEvent, type MeshEvent } from '@mesh/contracts';

/** Producer name of events written during warm-up, which the measurement ignores. */
export const WARM_UP_PRODUCER = 'bench-warm-up';

/** The benchmark's event: a data publication on one of 1,000 products (subjects). */
export function publication(sequence: number, producer = 'bench'): MeshEvent<'data.published'> {
  const product = `p${sequence % 1_000}`;
  return newEvent('data.published', {
    subject: `urn:mesh:product:bench:${product}`,
    producer,
    payload: {
      product: { domain: 'bench', name: product, version: '1.0.0' },
      port: 'orders',
      snapshotId: String(sequence),
      rowsAdded: 1,
      rowsTotal: sequence,
      committedAt: Date.now(),
      source: 'catalog',
      runId: null,
      table: null,
      metadataLocation: null,
      operation: null,
      filesAdded: null,
      filesTotal: null,
    },
  });
}

/** The value of a raw Kafka message of the floor measurement. */
export interface RawBody {
  at: number;
  warmUp: boolean;
  filler: string;
}

/** A raw Kafka message of about `bytes` bytes carrying its creation time, for the kafkajs floor. */
export function rawMessage(sequence: number, bytes: number, warmUp: boolean): { key: string; value: string } {
  const body: RawBody = { at: Date.now(), warmUp, filler: '' };
  body.filler = 'x'.repeat(Math.max(0, bytes - JSON.stringify(body).length));
  return { key: `urn:mesh:product:bench:p${sequence % 1_000}`, value: JSON.stringify(body) };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
