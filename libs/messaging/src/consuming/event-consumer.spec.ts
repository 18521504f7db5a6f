import { EventEmitter } from 'node:events';
import type { Kafka } from 'kafkajs';
import { Registry } from 'prom-client';
import { silentLogger } from '../logger';
import { MessagingMetrics } from '../metrics/messaging-metrics';
import { EventConsumer } from './event-consumer';
import type { GroupHandlers } from './handler-registry';
import type { MessageProcessor } from './message-processor';

const EVENTS = { GROUP_JOIN: 'consumer.group_join', CRASH: 'consumer.crash' } as const;

/** The part of a kafkajs consumer EventConsumer drives: it records connects and runs, and emits what kafkajs would. */
class ConsumerDouble extends EventEmitter {
  readonly events = EVENTS;
  connects = 0;
  runs = 0;
  failRuns = 0;
  connect = jest.fn(async () => void (this.connects += 1));
  subscribe = jest.fn(async () => undefined);
  disconnect = jest.fn(async () => undefined);
  run = jest.fn(async () => {
    this.runs += 1;
    if (this.failRuns > 0) {
      this.failRuns -= 1;
      throw new Error('Failed to find group coordinator');
    }
  });
  commitOffsets = jest.fn(async () => undefined);

  /** kafkajs gives the consumer up: it has disconnected and will not restart it. */
  giveUp(): void {
    this.emit(EVENTS.CRASH, { payload: { error: new Error('Failed to find group coordinator'), restart: false } });
  }
}

function consumerOver(double: ConsumerDouble): EventConsumer {
  const kafka = { consumer: () => double } as unknown as Kafka;
  const handlers: GroupHandlers = new Map([['domain.created', { type: 'domain.created', handle: jest.fn() }]]);
  return new EventConsumer(
    kafka,
    'search',
    handlers,
    {} as MessageProcessor,
    (topic) => topic,
    MessagingMetrics.of(new Registry()),
    silentLogger,
  );
}

describe('EventConsumer after kafkajs gave it up', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('reports the crash, then connects and runs again until it consumes', async () => {
    const double = new ConsumerDouble();
    const consumer = consumerOver(double);
    await consumer.start();
    double.failRuns = 1;

    double.giveUp();
    expect(() => consumer.assertConsuming()).toThrow(/stopped consuming: Failed to find group coordinator/);
    await jest.advanceTimersByTimeAsync(1_000);
    expect(double.runs).toBe(2);
    expect(() => consumer.assertConsuming()).toThrow();
    // The first attempt failed: the next waits twice as long.
    await jest.advanceTimersByTimeAsync(1_999);
    expect(double.runs).toBe(2);
    await jest.advanceTimersByTimeAsync(1);
    expect(double.runs).toBe(3);
    expect(double.connects).toBe(3);
    expect(() => consumer.assertConsuming()).not.toThrow();
  });

  it('does not start again once the service stops it', async () => {
    const double = new ConsumerDouble();
    const consumer = consumerOver(double);
    await consumer.start();
    double.giveUp();
    await consumer.stop();
    await jest.advanceTimersByTimeAsync(60_000);
    expect(double.runs).toBe(1);
  });
});
