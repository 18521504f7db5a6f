/**
 * Where tables live: a local directory or an S3-compatible bucket. Locations are URIs (`file:///…`, `s3://…`); the
 * catalog writes only metadata files itself, clients write data and manifests under the table's location.
 */
export interface Warehouse {
  /** The URI of the warehouse root, without a trailing slash. */
  readonly root: string;
  /**
   * Whether `location` is the root (or `<root>/<area>` when an area is given, such as a namespace's directory) or
   * under it, after normalisation: no `..` escapes.
   */
  contains(location: string, area?: string): boolean;
  write(location: string, content: string): Promise<void>;
  read(location: string): Promise<string>;
  /** Deletes every file under `location` (a table's purge). */
  deleteUnder(location: string): Promise<void>;
  /**
   * The FileIO settings clients need for a table (endpoint, region, remote signing), never a secret: no client gets
   * the store's keys, whatever it asks (see RemoteSigning).
   */
  tableConfig(): Record<string, string>;
  /** Whether clients reach files through the catalog's S3 signer (an S3 warehouse) rather than by path. */
  readonly remoteSigning: boolean;
  /** Makes the warehouse usable (an S3 bucket is created when missing); the catalog does not start without it. */
  prepare(): Promise<void>;
}

export const WAREHOUSE = 'catalog:warehouse';

/** `<root>/<namespace>`: a namespace's area of the warehouse, where its tables' locations must lie. */
export function namespaceLocation(warehouse: Warehouse, namespace: string): string {
  return `${warehouse.root}/${namespace}`;
}

/** `<root>/<namespace>/<table>`: a new table's default location. */
export function defaultTableLocation(warehouse: Warehouse, namespace: string, table: string): string {
  return `${namespaceLocation(warehouse, namespace)}/${table}`;
}

/** `<location>/metadata/<00001>-<uuid>.metadata.json`, the Iceberg convention for metadata file names. */
export function metadataFileLocation(tableLocation: string, sequence: number, uuid: string): string {
  return `${tableLocation.replace(/\/+$/, '')}/metadata/${String(sequence).padStart(5, '0')}-${uuid}.metadata.json`;
}

/** The sequence number of a metadata file named by the convention, or 0 for another name. */
export function metadataSequence(location: string): number {
  const match = /\/(\d+)-[^/]*\.metadata\.json$/.exec(location);
  return match === null ? 0 : Number(match[1]);
}
