import { pageQuery } from '@mesh/platform';
import { z } from 'zod';
import { FLOW_KINDS, FLOW_STATES } from './flow.entity';

const instant = z.string().datetime({ offset: true });

/** `?domain=&state=&kind=&limit=&cursor=`; the cursor is the (createdAt, id) of the last flow of the previous page. */
export const listFlowsQuery = z
  .object({
    domain: z.string().min(1).optional(),
    state: z.enum(FLOW_STATES).optional(),
    kind: z.enum(FLOW_KINDS).optional(),
    ...pageQuery(z.tuple([instant, z.string().uuid()])),
  })
  .strict();

/** `?kind=`: which flow of the version; provisioning by default. */
export const flowKindQuery = z.object({ kind: z.enum(FLOW_KINDS).default('provision') }).strict();

export type ListFlowsQuery = z.infer<typeof listFlowsQuery>;
