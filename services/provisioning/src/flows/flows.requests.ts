import { z } from 'zod';
import { FLOW_KINDS, FLOW_STATES } from './flow.entity';

const MAX_PAGE_SIZE = 200;

const instant = z.string().datetime({ offset: true });

/** `?domain=&state=&kind=&limit=&cursor=`; the cursor is the (createdAt, id) of the last flow of the previous page. */
export const listFlowsQuery = z
  .object({
    domain: z.string().min(1).optional(),
    state: z.enum(FLOW_STATES).optional(),
    kind: z.enum(FLOW_KINDS).optional(),
    limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
    cursor: z
      .string()
      .transform((cursor, context) => {
        try {
          return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
        } catch {
          context.addIssue({ code: 'custom', message: 'is not a cursor this API returned' });
          return z.NEVER;
        }
      })
      .pipe(z.tuple([instant, z.string().uuid()]))
      .optional(),
  })
  .strict();

/** `?kind=`: which flow of the version; provisioning by default. */
export const flowKindQuery = z.object({ kind: z.enum(FLOW_KINDS).default('provision') }).strict();

export type ListFlowsQuery = z.infer<typeof listFlowsQuery>;

export function encodeCursor(createdAt: Date, id: string): string {
  return Buffer.from(JSON.stringify([createdAt.toISOString(), id])).toString('base64url');
}
