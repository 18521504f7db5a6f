import type { MeshEvent } from '@mesh/contracts';
import { eventFromJson, eventToJson } from './event-json';

describe('event JSON', () => {
  it('round-trips Avro bytes fields as Buffers and leaves look-alikes alone', () => {
    const event = {
      eventId: 'e1',
      payload: { value: Buffer.from([0, 1, 255]), key: null, note: { type: 'Buffer', data: [1], extra: true } },
    } as unknown as MeshEvent;

    const back = eventFromJson(eventToJson(event)) as unknown as { payload: Record<string, unknown> };

    expect(Buffer.isBuffer(back.payload.value)).toBe(true);
    expect(back.payload.value).toEqual(Buffer.from([0, 1, 255]));
    expect(back.payload.key).toBeNull();
    expect(back.payload.note).toEqual({ type: 'Buffer', data: [1], extra: true });
  });
});
