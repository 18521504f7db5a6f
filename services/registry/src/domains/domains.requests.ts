import { z } from 'zod';
import { pageQuery } from '@mesh/platform';

/** Kebab-case, as it names catalog namespaces, topics and URNs; 63 characters fit all of them. */
export const domainName = z
  .string()
  .max(63)
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'must be kebab-case: lower-case words of letters and digits joined by "-"');

const title = z.string().trim().min(1).max(200);
const description = z.string().max(4000);
const owningTeam = z.string().trim().min(1).max(200);

export const createDomainBody = z
  .object({ name: domainName, title, description: description.optional(), owningTeam })
  .strict();

export const updateDomainBody = z
  .object({
    title: title.optional(),
    description: description.nullable().optional(),
    owningTeam: owningTeam.optional(),
  })
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, 'must set at least one of title, description, owningTeam');

/** Domains are listed by name; the cursor is the name of the last one of the previous page. */
export const listDomainsQuery = z.object(pageQuery(z.tuple([z.string()]))).strict();

export type CreateDomainInput = z.infer<typeof createDomainBody>;
export type UpdateDomainInput = z.infer<typeof updateDomainBody>;
export type ListDomainsQuery = z.infer<typeof listDomainsQuery>;
