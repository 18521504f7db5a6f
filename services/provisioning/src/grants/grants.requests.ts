import { pageQuery } from '@mesh/platform';
import { z } from 'zod';
import { PORT_STATES } from '../flows/flow.entity';

const instant = z.string().datetime({ offset: true });

/**
 * `?domain=&product=&state=&limit=&cursor=`: a domain's grant operations, newest first. The domain is required,
 * since who holds which grant is the domain's to see; the cursor is the (createdAt, grantId, operation) of the last
 * operation of the previous page.
 */
export const listGrantOperationsQuery = z
  .object({
    domain: z.string().min(1),
    product: z.string().min(1).optional(),
    state: z.enum(PORT_STATES).optional(),
    ...pageQuery(z.tuple([instant, z.string().min(1), z.enum(['apply', 'revoke'])])),
  })
  .strict();

export type ListGrantOperationsQuery = z.infer<typeof listGrantOperationsQuery>;
