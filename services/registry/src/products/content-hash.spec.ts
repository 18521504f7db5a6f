import { canonicalJson, contentHash } from './content-hash';

describe('contentHash', () => {
  it('ignores key order at every level', () => {
    const a = {
      metadata: { name: 'orders', domain: 'sales' },
      spec: { access: { approval: 'auto', visibility: 'internal' } },
    };
    const b = {
      spec: { access: { visibility: 'internal', approval: 'auto' } },
      metadata: { domain: 'sales', name: 'orders' },
    };
    expect(canonicalJson(b)).toBe(
      '{"metadata":{"domain":"sales","name":"orders"},"spec":{"access":{"approval":"auto","visibility":"internal"}}}',
    );
    expect(contentHash(a)).toBe(contentHash(b));
    expect(contentHash(a)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps array order and every value', () => {
    expect(contentHash({ fields: ['a', 'b'] })).not.toBe(contentHash({ fields: ['b', 'a'] }));
    expect(contentHash({ version: '1.0.0' })).not.toBe(contentHash({ version: '1.0.1' }));
    expect(canonicalJson([{ b: 1, a: [{ d: null, c: true }] }])).toBe('[{"a":[{"c":true,"d":null}],"b":1}]');
  });
});
