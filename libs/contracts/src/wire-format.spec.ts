import { EventDecodeError } from './event-decode-error';
import { frame, unframe } from './wire-format';

describe('Confluent wire format', () => {
  it('prefixes the body with magic byte 0 and the big-endian schema id', () => {
    const bytes = frame(0x01020304, Buffer.from([0xaa, 0xbb]));
    expect([...bytes]).toEqual([0, 1, 2, 3, 4, 0xaa, 0xbb]);
  });

  it('splits framed bytes back into schema id and body', () => {
    const { schemaId, body } = unframe(frame(258, Buffer.from('avro')));
    expect(schemaId).toBe(258);
    expect(body.toString()).toBe('avro');
  });

  it.each([
    ['too short for a header', Buffer.from([0, 0, 0, 1])],
    ['a wrong magic byte', Buffer.from([1, 0, 0, 0, 1, 2])],
    ['plain JSON', Buffer.from('{"a":1}')],
  ])('rejects %s as not framed', (_, bytes) => {
    expect(() => unframe(bytes)).toThrow(expect.objectContaining({ reason: 'not-framed' }));
    expect(() => unframe(bytes)).toThrow(EventDecodeError);
  });
});
