import { EventDecodeError, newEvent, type MeshEvent } from '@mesh/contracts';
import { Registry } from 'prom-client';
import type { EntityManager } from 'typeorm';
import type { DeadLetterEvent, RawMessage } from '../dead-letters/dead-letter-event';
import { ConsumerStoppingError, NonRetryableError } from '../errors';
import { silentLogger } from '../logger';
import { MessagingMetrics } from '../metrics/messaging-metrics';
import type { MeshEventContext } from './event-context';
import type { EventHandlerBinding } from './handler-registry';
import { MessageProcessor, type ProcessorDeps } from './message-processor';

const event = newEvent('domain.created', {
  subject: 'urn:mesh:domain:sales',
  producer: 'registry',
  payload: { domain: 'sales', title: null, description: null, ownerTeam: null },
  correlationId: 'flow-1',
});
const message: RawMessage = {
  topic: 'mesh.product-lifecycle.v1',
  partition: 2,
  offset: '41',
  key: Buffer.from(event.subject),
  value: Buffer.from('framed bytes'),
};

/** A processor over fakes: decoding yields `event`, the executor applies each event id once. */
function harness(
  handle: (event: MeshEvent, context: MeshEventContext) => Promise<void>,
  overrides: Partial<ProcessorDeps> = {},
) {
  const deadLetters: DeadLetterEvent[] = [];
  const sleeps: number[] = [];
  const applied = new Set<string>();
  const binding: EventHandlerBinding = { type: 'domain.created', handle: jest.fn(handle) };
  const registry = new Registry();
  const deps: ProcessorDeps = {
    groupId: 'search',
    producer: 'search',
    handlers: new Map([['domain.created', binding]]),
    retry: { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 1_000 },
    decode: async () => event,
    // Transactional like the real executor: nothing is recorded when the work fails.
    executeBatch: async (eventIds, work) => {
      const fresh = new Set(eventIds.filter((id) => !applied.has(id)));
      await work({} as EntityManager, fresh);
      fresh.forEach((id) => applied.add(id));
    },
    execute: async (eventId, work) => {
      if (applied.has(eventId)) return 'duplicate';
      await work({} as EntityManager);
      applied.add(eventId);
      return 'applied';
    },
    deadLetter: async (deadLetter) => {
      deadLetters.push(deadLetter);
    },
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    metrics: MessagingMetrics.of(registry),
    logger: silentLogger,
    ...overrides,
  };
  const stopping = new AbortController();
  const delivery = { heartbeat: jest.fn(async () => undefined), stopping: stopping.signal };
  const processor = new MessageProcessor(deps);
  return {
    process: () => processor.process(message, delivery),
    tryBatch: (messages: RawMessage[]) => processor.tryBatch(messages),
    applied,
    deadLetters,
    sleeps,
    binding,
    delivery,
    stopping,
    registry,
  };
}

describe('MessageProcessor', () => {
  it('hands the decoded event and its delivery context to the handler once', async () => {
    const { process, binding } = harness(async () => undefined);

    await expect(process()).resolves.toBe('handled');
    await expect(process()).resolves.toBe('duplicate');

    expect(binding.handle).toHaveBeenCalledTimes(1);
    expect(binding.handle).toHaveBeenCalledWith(
      event,
      expect.objectContaining({ groupId: 'search', topic: message.topic, partition: 2, offset: '41', attempt: 1 }),
    );
  });

  it('acknowledges event types the group does not subscribe to without handling them', async () => {
    const other = newEvent('domain.updated', {
      subject: 'urn:mesh:domain:sales',
      producer: 'registry',
      payload: { domain: 'sales', changedFields: ['title'], title: 'Sales', description: null, ownerTeam: null },
    });
    const { process, binding, deadLetters } = harness(async () => undefined, { decode: async () => other });

    await expect(process()).resolves.toBe('not-subscribed');
    expect(binding.handle).not.toHaveBeenCalled();
    expect(deadLetters).toEqual([]);
  });

  it('retries a failing handler with backoff and heartbeats, and succeeds when the failure passes', async () => {
    let calls = 0;
    const { process, sleeps, delivery, deadLetters } = harness(async (_event, context) => {
      calls += 1;
      if (context.attempt < 3) throw new Error('database unavailable');
    });

    await expect(process()).resolves.toBe('handled');
    expect(calls).toBe(3);
    expect(sleeps).toEqual([100, 200]);
    expect(delivery.heartbeat).toHaveBeenCalledTimes(2);
    expect(deadLetters).toEqual([]);
  });

  it('counts a retry per further attempt, and the event as handled once its transaction committed', async () => {
    const { process, registry } = harness(async (_event, context) => {
      if (context.attempt < 2) throw new Error('database unavailable');
    });

    await process();

    expect(await registry.getSingleMetricAsString('mesh_messaging_retries_total')).toContain(
      `group="search",topic="${message.topic}"} 1`,
    );
    expect(await registry.getSingleMetricAsString('mesh_messaging_handled_total')).toContain(
      'group="search",event_type="domain.created"} 1',
    );
  });

  it('dead-letters a message whose handler always fails, with the original bytes and the last error', async () => {
    const { process, deadLetters, sleeps, registry } = harness(async () => {
      throw new Error('constraint violated');
    });

    await expect(process()).resolves.toBe('dead-lettered');

    expect(sleeps).toEqual([100, 200]);
    expect(deadLetters).toHaveLength(1);
    expect(deadLetters[0]).toMatchObject({
      type: 'deadletter.recorded',
      subject: event.subject,
      producer: 'search',
      correlationId: 'flow-1',
      causationId: event.eventId,
      payload: {
        originalTopic: message.topic,
        partition: 2,
        offset: '41',
        consumerGroup: 'search',
        key: message.key,
        value: message.value,
        error: 'Error: constraint violated',
        attempts: 3,
      },
    });
    expect(await registry.getSingleMetricAsString('mesh_messaging_dead_letters_total')).toContain(
      'reason="retries-exhausted"',
    );
  });

  it('dead-letters undecodable bytes at once, keyed by the original key', async () => {
    const { process, deadLetters, sleeps, binding } = harness(async () => undefined, {
      decode: async () => {
        throw new EventDecodeError('not-framed', 'first byte is not the magic byte 0');
      },
    });

    await expect(process()).resolves.toBe('dead-lettered');

    expect(binding.handle).not.toHaveBeenCalled();
    expect(sleeps).toEqual([]);
    expect(deadLetters[0]).toMatchObject({
      subject: event.subject,
      causationId: null,
      payload: { error: 'not-framed: first byte is not the magic byte 0', attempts: 1, value: message.value },
    });
  });

  it('retries decoding when the schema registry is unreachable', async () => {
    let lookups = 0;
    const { process, sleeps } = harness(async () => undefined, {
      decode: async () => {
        lookups += 1;
        if (lookups === 1) throw new Error('ECONNREFUSED 127.0.0.1:3001');
        return event;
      },
    });

    await expect(process()).resolves.toBe('handled');
    expect(sleeps).toEqual([100]);
  });

  it('dead-letters at once on a NonRetryableError', async () => {
    const { process, deadLetters, sleeps } = harness(async () => {
      throw new NonRetryableError('unknown product');
    });

    await expect(process()).resolves.toBe('dead-lettered');
    expect(sleeps).toEqual([]);
    expect(deadLetters[0].payload).toMatchObject({ attempts: 1, error: 'NonRetryableError: unknown product' });
  });

  it('gives the message back uncommitted when the consumer stops during a retry', async () => {
    const { process, stopping, deadLetters } = harness(async () => {
      stopping.abort();
      throw new Error('database unavailable');
    });

    await expect(process()).rejects.toBeInstanceOf(ConsumerStoppingError);
    expect(deadLetters).toEqual([]);
  });

  it('fails (so the message is consumed again) when the dead letter cannot be written', async () => {
    const { process } = harness(
      async () => {
        throw new NonRetryableError('bad');
      },
      {
        deadLetter: async () => {
          throw new Error('kafka unavailable');
        },
      },
    );

    await expect(process()).rejects.toThrow('kafka unavailable');
  });
});

describe('MessageProcessor.tryBatch', () => {
  const second = newEvent('domain.created', {
    subject: 'urn:mesh:domain:ops',
    producer: 'registry',
    payload: { domain: 'ops', title: null, description: null, ownerTeam: null },
  });
  const unsubscribed = newEvent('domain.updated', {
    subject: 'urn:mesh:domain:ops',
    producer: 'registry',
    payload: { domain: 'ops', changedFields: [], title: null, description: null, ownerTeam: null },
  });
  const framed = new Map<string, MeshEvent>([
    ['first', event],
    ['second', second],
    ['unsubscribed', unsubscribed],
  ]);
  const messages = (...names: string[]): RawMessage[] =>
    names.map((name, index) => ({ ...message, offset: String(index), value: Buffer.from(name) }));
  const decodeByName = async (bytes: Buffer): Promise<MeshEvent> => {
    const decoded = framed.get(bytes.toString());
    if (decoded === undefined) throw new EventDecodeError('not-framed', 'garbage');
    return decoded;
  };

  it('handles a run in order, once per event even when the run repeats one, skipping unsubscribed types', async () => {
    const handled: string[] = [];
    const { tryBatch, applied, registry } = harness(async (e) => void handled.push(e.eventId), {
      decode: decodeByName,
    });

    await expect(tryBatch(messages('first', 'unsubscribed', 'second', 'first'))).resolves.toBe(true);

    expect(handled).toEqual([event.eventId, second.eventId]);
    expect([...applied]).toEqual([event.eventId, second.eventId]);
    expect(await registry.getSingleMetricAsString('mesh_messaging_duplicates_total')).toContain('group="search"} 1');
  });

  it('skips events processed before', async () => {
    const handled: string[] = [];
    const { tryBatch } = harness(async (e) => void handled.push(e.eventId), { decode: decodeByName });

    await tryBatch(messages('first'));
    await tryBatch(messages('first', 'second'));

    expect(handled).toEqual([event.eventId, second.eventId]);
  });

  it('gives up without effect when a handler fails, so the caller goes one by one', async () => {
    const { tryBatch, applied } = harness(
      async (e) => {
        if (e.eventId === second.eventId) throw new Error('boom');
      },
      { decode: decodeByName },
    );

    await expect(tryBatch(messages('first', 'second'))).resolves.toBe(false);
    expect(applied.size).toBe(0);
  });

  it('gives up when a message does not decode, leaving it to the dead-letter path', async () => {
    const { tryBatch, binding } = harness(async () => undefined, { decode: decodeByName });

    await expect(tryBatch(messages('first', 'garbage'))).resolves.toBe(false);
    expect(binding.handle).not.toHaveBeenCalled();
  });
});
