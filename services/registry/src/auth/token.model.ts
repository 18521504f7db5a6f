import type { AuditedChange } from '../audit/audited-transactions';
import type { ApiTokenEntity } from './api-token.entity';

/** What the API and the audit log show of a token: never the token, never its hash. */
export interface TokenView {
  id: string;
  principalId: string;
  name: string;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

/** The answer to a token's creation, the only time the token is shown. */
export interface CreatedToken {
  id: string;
  token: string;
  expiresAt: Date;
}

export const DEFAULT_TOKEN_DAYS = 90;
export const MAX_TOKEN_DAYS = 365;

/** `last_used_at` is refreshed at most this often, so that authenticating does not write on every request. */
export const LAST_USED_RESOLUTION_MS = 60_000;

export function tokenUrn(id: string): string {
  return `urn:mesh:token:${id}`;
}

export function toTokenView(entity: ApiTokenEntity): TokenView {
  const { id, principalId, name, createdAt, expiresAt, revokedAt, lastUsedAt } = entity;
  return { id, principalId, name, createdAt, expiresAt, revokedAt, lastUsedAt };
}

export function expiryAfterDays(now: Date, days: number): Date {
  return new Date(now.getTime() + days * 86_400_000);
}

/** Whether the recorded last use is old enough to be worth refreshing. */
export function lastUseIsStale(lastUsedAt: Date | null, now: Date): boolean {
  return lastUsedAt === null || now.getTime() - lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS;
}

/** The audit entry of a token's creation, revocation or renewal; it belongs to its principal's domains. */
export function tokenChange(
  action: 'token.created' | 'token.revoked' | 'token.renewed',
  before: ApiTokenEntity | null,
  after: ApiTokenEntity,
  ownerDomains: readonly string[],
): AuditedChange {
  return {
    action,
    subject: tokenUrn(after.id),
    domains: ownerDomains,
    before: before === null ? null : { ...toTokenView(before) },
    after: { ...toTokenView(after) },
  };
}
