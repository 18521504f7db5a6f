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

/** The mechanisms a client accepts (X-Iceberg-Access-Delegation, a comma-separated list). */
export function accessDelegation(header: string | undefined): { vendedCredentials: boolean; remoteSigning: boolean } {
  const mechanisms = new Set((header ?? '').split(',').map((mechanism) => mechanism.trim()));
  return { vendedCredentials: mechanisms.has('vended-credentials'), remoteSigning: mechanisms.has('remote-signing') };
}
