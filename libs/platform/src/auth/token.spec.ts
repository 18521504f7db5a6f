import { createHash } from 'node:crypto';
import { generateToken, hashToken, isTokenFormat } from './token';

describe('tokens', () => {
  it('are the prefix and 43 base64url characters, different each time', () => {
    const tokens = Array.from({ length: 50 }, generateToken);
    for (const token of tokens) {
      expect(token).toMatch(/^mesh_[A-Za-z0-9_-]{43}$/);
      expect(isTokenFormat(token)).toBe(true);
    }
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('are told apart from other strings', () => {
    const token = generateToken();
    expect(isTokenFormat(token.slice(0, -1))).toBe(false);
    expect(isTokenFormat(`${token}x`)).toBe(false);
    expect(isTokenFormat(token.replace('mesh_', 'mash_'))).toBe(false);
    expect(isTokenFormat(`${token.slice(0, -1)}=`)).toBe(false);
  });

  it('are stored as their SHA-256 in hex', () => {
    const token = generateToken();
    expect(hashToken(token)).toBe(createHash('sha256').update(token).digest('hex'));
    expect(hashToken(token)).not.toContain(token.slice(5));
  });
});
