import { CLASSIFICATIONS } from '@mesh/descriptor';
import { cursorParameter, limitParameter } from '@mesh/platform';
import { z } from 'zod';
import { QUALITY_TIERS } from '@mesh/descriptor';
import { SLA_STATUSES } from '../indexing/product-document';

/** The lifecycle states a product's latest version can be in (the registry's state machine). */
export const PRODUCT_STATUSES = [
  'proposed',
  'approved',
  'rejected',
  'provisioning',
  'published',
  'deprecated',
  'retired',
] as const;
export const PORT_TYPES = ['iceberg-table', 'kafka-topic'] as const;
export const SORTS = ['relevance', 'name', 'updated', 'quality', 'consumers'] as const;
export type SearchSort = (typeof SORTS)[number];

/** A filter given once (`?tag=a`) or repeated (`?tag=a&tag=b`); any of the values matches. */
function anyOf<T extends z.ZodTypeAny>(value: T) {
  return z
    .union([value, z.array(value).min(1).max(50)])
    .transform((given): z.infer<T>[] => (Array.isArray(given) ? given : [given]))
    .optional();
}

const text = z.string().trim().min(1).max(200);
const sortValue = z.union([z.string(), z.number(), z.null()]);

/** Opaque to clients: the sort it belongs to and the sort values of the last hit of the previous page. */
const cursorSchema = z.object({ sort: z.enum(SORTS), after: z.array(sortValue).min(1).max(4) }).strict();

export const searchQuery = z
  .object({
    // `*` is what people type for "everything": no text condition, as if q were left out.
    q: text.optional().transform((q) => (q === undefined || /^\*+$/.test(q) ? undefined : q)),
    field: text.optional(),
    domain: anyOf(text),
    tag: anyOf(text),
    classification: anyOf(z.enum(CLASSIFICATIONS)),
    status: anyOf(z.enum(PRODUCT_STATUSES)),
    portType: anyOf(z.enum(PORT_TYPES)),
    qualityTier: anyOf(z.enum(QUALITY_TIERS)),
    slaStatus: anyOf(z.enum(SLA_STATUSES)),
    sort: z.enum(SORTS).optional(),
    limit: limitParameter(100, 20),
    cursor: cursorParameter(cursorSchema),
  })
  .strict()
  .superRefine((query, context) => {
    const sort = query.sort ?? (query.q === undefined ? 'name' : 'relevance');
    // A cursor that failed its own checks is reported as such, not again here.
    if (query.cursor !== undefined && SORTS.includes(query.cursor.sort) && query.cursor.sort !== sort) {
      context.addIssue({ code: 'custom', path: ['cursor'], message: `belongs to sort '${query.cursor.sort}'` });
    }
    if (sort === 'relevance' && query.q === undefined) {
      context.addIssue({ code: 'custom', path: ['sort'], message: "'relevance' needs a q to be relevant to" });
    }
  });

export type SearchQuery = z.infer<typeof searchQuery>;

export const suggestQuery = z
  .object({ prefix: z.string().trim().min(1).max(100), limit: limitParameter(20, 8) })
  .strict();

export type SuggestQuery = z.infer<typeof suggestQuery>;
