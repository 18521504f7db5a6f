import { z } from 'zod';
import { pageQuery } from '@mesh/platform';
import { futureInstant } from '../lifecycle/lifecycle.requests';
import { ACCESS_STATES } from './access-lifecycle';

export const createAccessRequestBody = z
  .object({
    purpose: z.string().trim().min(1).max(2000),
    until: futureInstant,
    /** Who would receive access; the caller when absent. */
    principal: z.string().uuid().optional(),
  })
  .strict();

/** The body of approve, deny and revoke, which may be left out. */
export const decisionBody = z.preprocess(
  (body) => body ?? {},
  z.object({ reason: z.string().trim().min(1).max(2000).optional() }).strict(),
);

const instant = z.string().datetime({ offset: true });

/** Newest first; the cursor is the (createdAt, id) of the last request of the previous page. */
const listing = {
  state: z.enum(ACCESS_STATES).optional(),
  ...pageQuery(z.tuple([instant, z.string().uuid()])),
};

export const productAccessQuery = z.object(listing).strict();

export const principalAccessQuery = z.object({ principal: z.string().uuid().optional(), ...listing }).strict();

export type CreateAccessRequestInput = z.infer<typeof createAccessRequestBody>;
export type DecisionInput = z.infer<typeof decisionBody>;
export type ProductAccessQuery = z.infer<typeof productAccessQuery>;
export type PrincipalAccessQuery = z.infer<typeof principalAccessQuery>;
