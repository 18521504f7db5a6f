import { z } from 'zod';

const MAX_PAGE_SIZE = 200;

/** `?rule=&limit=&cursor=`: a cursor is the id of the last result of the previous page, as nextCursor gave it. */
export const resultsQuery = z
  .object({
    rule: z.string().min(1).max(200).optional(),
    limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
    cursor: z
      .string()
      .regex(/^[1-9][0-9]{0,18}$/, 'is not a cursor this API returned')
      .optional(),
  })
  .strict();

export type ResultsQuery = z.infer<typeof resultsQuery>;

/** Product path segments, as the registry names them. */
export const productParams = z.object({
  domain: z.string().regex(/^[a-z][a-z0-9-]{0,62}$/, 'is not a domain name'),
  name: z.string().regex(/^[a-z][a-z0-9-]{0,62}$/, 'is not a product name'),
});

export const acknowledgeBody = z.object({ note: z.string().trim().min(1).max(2000).optional() }).strict();

export const alertParams = z.object({ id: z.string().uuid() });
