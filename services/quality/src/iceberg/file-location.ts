import { fileURLToPath } from 'node:url';
import { IcebergError } from './table-metadata';

/**
 * The local path of a file the catalog's warehouse names: `file:` URIs and bare absolute paths. Other schemes
 * (s3, gs, …) would need DuckDB's httpfs extension with credentials, which the checks do not use.
 */
export function localPath(location: string): string {
  if (location.startsWith('file:')) return fileURLToPath(location.replace(/^file:(?!\/\/)/, 'file://'));
  if (location.startsWith('/')) return location;
  throw new IcebergError(`cannot read '${location}': only local warehouse files (file:) are supported`);
}
