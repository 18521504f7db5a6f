import type { EventCodec } from '@mesh/contracts';
import type { Kafka, Producer } from 'kafkajs';
import { EventPublisher, isFatalToProducer } from './event-publisher';

/** A producer that fails its sends with `failure` (kafkajs's errors carry a `type`), counting what happens to it. */
function fakeProducer(failure: unknown) {
  const calls = { connect: 0, disconnect: 0, sends: 0 };
  const producer = {
    connect: async () => void (calls.connect += 1),
    disconnect: async () => void (calls.disconnect += 1),
    sendBatch: async () => {
      calls.sends += 1;
      if (failure !== undefined) throw failure;
      return [];
    },
  } as unknown as Producer;
  return { producer, calls };
}

const record = { topic: 't', key: 'k', value: Buffer.from('v'), headers: {} };

describe('EventPublisher', () => {
  it('knows the errors after which an idempotent producer never sends again', () => {
    expect(isFatalToProducer({ type: 'OUT_OF_ORDER_SEQUENCE_NUMBER' })).toBe(true);
    expect(isFatalToProducer({ type: 'UNKNOWN_PRODUCER_ID' })).toBe(true);
    expect(isFatalToProducer({ type: 'REQUEST_TIMED_OUT' })).toBe(false);
    expect(isFatalToProducer(new Error('connection refused'))).toBe(false);
  });

  it('sends the next batch with a new producer after a sequence error, and keeps its producer after others', async () => {
    const outOfOrder = Object.assign(new Error('out of order sequence number'), {
      type: 'OUT_OF_ORDER_SEQUENCE_NUMBER',
    });
    const producers = [fakeProducer(outOfOrder), fakeProducer(undefined)];
    let made = 0;
    const kafka = { producer: () => producers[made++].producer } as unknown as Kafka;
    const publisher = new EventPublisher(kafka, {} as EventCodec);
    await publisher.connect();

    await expect(publisher.send([record])).rejects.toThrow('out of order');
    await publisher.send([record]);

    expect(producers[0].calls).toEqual({ connect: 1, disconnect: 1, sends: 1 });
    expect(producers[1].calls).toEqual({ connect: 1, disconnect: 0, sends: 1 });
  });
});
