import { pageQuery } from '@mesh/platform';
import { z } from 'zod';

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** `domain/name` of a product. */
export const productRef = z
  .string()
  .regex(/^[a-z][a-z0-9-]*\/[a-z][a-z0-9-]*$/, "must be '<domain>/<product>'")
  .transform((value) => {
    const [domain, name] = value.split('/');
    return { domain, name };
  });

export const createWaiverBody = z
  .object({
    product: productRef,
    policyId: z.string().regex(KEBAB, 'must be a policy id (kebab-case)'),
    reason: z.string().trim().min(1).max(2000),
    expiresAt: z
      .string()
      .datetime({ offset: true })
      .transform((value) => new Date(value))
      .refine((instant) => instant.getTime() > Date.now(), 'must be in the future'),
  })
  .strict();

export const listWaiversQuery = z
  .object({
    product: productRef.optional(),
    active: z
      .enum(['true', 'false'])
      .default('true')
      .transform((value) => value === 'true'),
    ...pageQuery(z.tuple([z.string().datetime({ offset: true }), z.string().uuid()])),
  })
  .strict();

export type ListWaiversQuery = z.infer<typeof listWaiversQuery>;

export const waiverId = z.string().uuid('must be a waiver id (a UUID)');

export type CreateWaiverInput = z.infer<typeof createWaiverBody>;
