import { createHash, randomBytes } from 'node:crypto';

/** Tokens start with a prefix so that secret scanners and people recognise a leaked one. */
export const TOKEN_PREFIX = 'mesh_';

/** The prefix and 32 random bytes in base64url, which is always 43 characters without padding. */
const TOKEN_PATTERN = /^mesh_[A-Za-z0-9_-]{43}$/;

export function generateToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

export function isTokenFormat(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

/**
 * How a token is stored and looked up. A fast, unsalted hash is right here (as for GitHub's tokens): the token is
 * 256 random bits, so there is nothing to brute-force, and a deterministic hash can be the lookup key.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
