import { z } from 'zod';
import { pageQuery } from '@mesh/platform';

const instant = z.string().datetime({ offset: true, message: 'must be an ISO 8601 date-time with a time zone' });

/** The audit query; the cursor is the (at, id) of the last entry of the previous page. */
export const auditQuery = z
  .object({
    subject: z.string().min(1).optional(),
    service: z.string().min(1).optional(),
    requestId: z.string().min(1).optional(),
    actor: z.string().uuid().optional(),
    action: z.string().min(1).optional(),
    since: instant.transform((value) => new Date(value)).optional(),
    until: instant.transform((value) => new Date(value)).optional(),
    ...pageQuery(z.tuple([instant, z.string().regex(/^[0-9]{1,19}$/)])),
  })
  .strict();

export type AuditQuery = z.infer<typeof auditQuery>;
