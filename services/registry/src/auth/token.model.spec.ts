import { expiryAfterDays, lastUseIsStale, toTokenView } from './token.model';
import type { ApiTokenEntity } from './api-token.entity';

describe('token model', () => {
  const now = new Date('2030-06-01T12:00:00Z');

  it('computes expiry in whole days', () => {
    expect(expiryAfterDays(now, 90).toISOString()).toBe('2030-08-30T12:00:00.000Z');
  });

  it('refreshes the last use at most once a minute', () => {
    expect(lastUseIsStale(null, now)).toBe(true);
    expect(lastUseIsStale(new Date(now.getTime() - 59_999), now)).toBe(false);
    expect(lastUseIsStale(new Date(now.getTime() - 60_000), now)).toBe(true);
  });

  it('shows neither the token nor its hash', () => {
    const entity = {
      id: 't1',
      principalId: 'p1',
      name: 'ci',
      hash: 'a'.repeat(64),
      bootstrap: false,
      createdAt: now,
      expiresAt: now,
      revokedAt: null,
      lastUsedAt: null,
    } as ApiTokenEntity;
    expect(Object.keys(toTokenView(entity)).sort()).toEqual(
      ['createdAt', 'expiresAt', 'id', 'lastUsedAt', 'name', 'principalId', 'revokedAt'].sort(),
    );
  });
});
