import { z } from 'zod';
import { pageQuery } from '@mesh/platform';
import { VERSION_STATES } from '../lifecycle/version-lifecycle';

const flag = z
  .enum(['true', 'false'])
  .default('false')
  .transform((value) => value === 'true');

export const applyQuery = z.object({ dryRun: flag }).strict();

/** Products are listed by (domain, name); the cursor is that key of the last product of the previous page. */
export const listProductsQuery = z
  .object({
    domain: z.string().min(1).optional(),
    status: z.enum(VERSION_STATES).optional(),
    tag: z.string().min(1).optional(),
    q: z.string().trim().min(1).max(200).optional(),
    ...pageQuery(z.tuple([z.string(), z.string()])),
  })
  .strict();

export const DESCRIPTOR_FORMATS = ['json', 'yaml', 'odcs'] as const;
export type DescriptorFormat = (typeof DESCRIPTOR_FORMATS)[number];

export const versionQuery = z.object({ format: z.enum(DESCRIPTOR_FORMATS).default('json') }).strict();

export type ListProductsQuery = z.infer<typeof listProductsQuery>;
