import { pageQuery } from '@mesh/platform';
import { z } from 'zod';
import { domainName, listParameter, productKey, productName } from '../requests/parameters';

/** `?rule=&limit=&cursor=`: a cursor holds the id of the last result of the previous page. */
export const resultsQuery = z
  .object({
    rule: z.string().min(1).max(200).optional(),
    ...pageQuery(z.tuple([z.string().regex(/^[1-9][0-9]{0,18}$/)])),
  })
  .strict();

export type ResultsQuery = z.infer<typeof resultsQuery>;

/** Product path segments, as the registry names them. */
export const productParams = z.object({ domain: domainName, name: productName });

/** The most products one batch may ask for: a gateway's DataLoader batch, bounded so one query stays cheap. */
export const MAX_SCORED_PRODUCTS = 200;

/** `?product=sales/orders&product=finance/revenue` (or comma-separated): the products of one score batch. */
export const scoresQuery = z.object({ product: listParameter(productKey, MAX_SCORED_PRODUCTS) }).strict();

export type ScoresQuery = z.infer<typeof scoresQuery>;

export const acknowledgeBody = z.object({ note: z.string().trim().min(1).max(2000).optional() }).strict();

export const alertParams = z.object({ id: z.string().uuid() });
