import { z } from 'zod';
import { tableIdentifierSchema } from '../metadata/commit-request';

export const loadTableQuery = z.object({
  snapshots: z.enum(['all', 'refs']).default('all'),
  'referenced-by': z.string().optional(),
});

export const dropTableQuery = z.object({
  purgeRequested: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
});

export const registerTableBody = z.object({
  name: z.string(),
  'metadata-location': z.string().min(1),
  overwrite: z.boolean().default(false),
});

export const renameTableBody = z.object({ source: tableIdentifierSchema, destination: tableIdentifierSchema });

/** Whether the client accepts vended credentials (X-Iceberg-Access-Delegation). */
export function wantsCredentials(header: string | undefined): boolean {
  return (header ?? '').split(',').some((mechanism) => mechanism.trim() === 'vended-credentials');
}
