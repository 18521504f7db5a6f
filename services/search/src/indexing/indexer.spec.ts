import { MetricsRegistry } from '@mesh/platform';
import type { Logger } from 'pino';
import type { SearchConfig } from '../config';
import type { ProductIndex } from '../opensearch/product-index';
import type { DocumentSource } from './document-source';
import { Indexer } from './indexer';
import type { PendingProduct, SignalsRepository } from './signals.repository';

const config = { INDEX_BATCH_SIZE: 10, INDEX_FLUSH_INTERVAL_MS: 20, INDEX_RETRY_DELAY_MS: 1_000 } as SearchConfig;
const logger = { warn: () => undefined } as unknown as Logger;

/** An indexer over an in-memory queue, whose writes fail while `down` is set. */
function indexerOver(queue: PendingProduct[]) {
  const state = { down: false, writes: 0, unreadable: new Set<string>() };
  const signals = {
    pending: async (limit: number) => queue.slice(0, limit),
    pendingCount: async () => queue.length,
    done: async (batch: PendingProduct[]) => {
      for (const product of batch) queue.splice(queue.indexOf(product), 1);
    },
  } as unknown as SignalsRepository;
  const documents = {
    build: async (batch: PendingProduct[]) => {
      const failed = batch.filter((product) => state.unreadable.has(product.name));
      return { documents: [], missing: [], failed, failure: failed.length > 0 ? new Error('registry 500') : undefined };
    },
  } as unknown as DocumentSource;
  const index = {
    write: async () => {
      state.writes++;
      if (state.down) throw new Error('connect ECONNREFUSED');
    },
  } as unknown as ProductIndex;
  const indexer = new Indexer(signals, documents, index, config, logger, new MetricsRegistry());
  return { indexer, state };
}

const product = (seq: number): PendingProduct => ({ domain: 'sales', name: `p${seq}`, seq: String(seq) });

describe('Indexer', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('indexes what was queued shortly after a wake-up, even while wake-ups keep coming', async () => {
    const queue = [product(1)];
    const { indexer, state } = indexerOver(queue);
    for (let tick = 0; tick < 5; tick++) {
      indexer.wake();
      await jest.advanceTimersByTimeAsync(10);
    }
    expect(state.writes).toBe(1);
    expect(queue).toEqual([]);
    await indexer.onApplicationShutdown();
  });

  it('keeps a product the registry cannot serve queued without holding up the others', async () => {
    const queue = [product(1), product(2), product(3)];
    const { indexer, state } = indexerOver(queue);
    state.unreadable.add('p2');
    indexer.wake();
    await jest.advanceTimersByTimeAsync(25);
    expect(queue).toEqual([product(2)]);
    state.unreadable.clear();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(queue).toEqual([]);
    await indexer.onApplicationShutdown();
  });

  it('keeps a failed batch queued and waits before trying again, whatever wakes it', async () => {
    const queue = [product(1), product(2)];
    const { indexer, state } = indexerOver(queue);
    state.down = true;
    indexer.wake();
    await jest.advanceTimersByTimeAsync(25);
    expect(state.writes).toBe(1);
    for (let tick = 0; tick < 9; tick++) {
      indexer.wake();
      await jest.advanceTimersByTimeAsync(100);
    }
    expect(state.writes).toBe(1);
    expect(queue).toHaveLength(2);

    state.down = false;
    await jest.advanceTimersByTimeAsync(200);
    expect(state.writes).toBe(2);
    expect(queue).toEqual([]);
    await indexer.onApplicationShutdown();
  });
});
