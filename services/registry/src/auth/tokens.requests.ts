import { z } from 'zod';
import { DEFAULT_TOKEN_DAYS, MAX_TOKEN_DAYS } from './token.model';

export const createTokenBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    expiresInDays: z.number().int().min(1).max(MAX_TOKEN_DAYS).default(DEFAULT_TOKEN_DAYS),
  })
  .strict();

export const introspectBody = z.object({ token: z.string() }).strict();

export type CreateTokenInput = z.infer<typeof createTokenBody>;
