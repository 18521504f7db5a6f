import { parseJson, toJson } from './lossless-json';

describe('lossless JSON', () => {
  it('keeps integers beyond 2^53 exact, and everything else as JSON.parse would', () => {
    const text =
      '{"id":9223372036854775807,"small":42,"negative":-9007199254740993,"ratio":0.5,"list":[1,"x",null,true]}';
    const parsed = parseJson(text) as Record<string, unknown>;
    expect(parsed.id).toBe(9223372036854775807n);
    expect(parsed.small).toBe(42);
    expect(parsed.negative).toBe(-9007199254740993n);
    expect(parsed.ratio).toBe(0.5);
    expect(toJson(parsed)).toBe(text);
  });

  it('fails on malformed JSON', () => {
    expect(() => parseJson('{"a":')).toThrow();
  });
});
