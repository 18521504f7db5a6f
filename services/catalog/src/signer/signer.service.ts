import { Inject, Injectable } from '@nestjs/common';
import { AuthError, type AuthenticatedPrincipal } from '@mesh/platform';
import { mayWriteNamespace } from '../auth/catalog-rights';
import { CatalogError } from '../http/catalog-error';
import { isValidName } from '../http/names';
import { MetadataStore } from '../tables/metadata-store';
import { TableAccess } from '../tables/table-access';
import { TablesRepository } from '../tables/tables.repository';
import { REMOTE_SIGNING, type RemoteSigning } from '../warehouse/remote-signing';
import { ReadCoverageCache, type ObjectTable } from './read-coverage-cache';
import { s3TargetOf, UnsignableRequest, type S3SignRequest, type S3Target } from './s3-request';

/** A table a signing endpoint is scoped to. */
export interface TableName {
  namespace: string;
  name: string;
}

/** The spec's S3SignResponse. */
export interface S3SignResponse {
  uri: string;
  headers: Record<string, string[]>;
}

/**
 * The Iceberg S3 signer: the storage layer's access check. Every request a client makes to the store comes here to
 * be signed with the store's keys, which no client holds, so a file is read only by who may read its table, at the
 * time of the request: a revoked grant stops the next request, whatever the client learnt before.
 *
 * Objects lie under `<warehouse>/<namespace>/…` (the catalog keeps every table location in its namespace's area).
 * Writers of the namespace may read and write anything there; anyone else may read (GET, HEAD) the objects of a
 * table they may read (TableAccess.requireRead: a grant, a platform reader…), found by its location. What a read
 * needs from the database (that table, its product, the caller's grant) is kept in a ReadCoverageCache, which every
 * change to tables, bindings or grants clears: a client reading a table asks for a signature per object it reads.
 */
@Injectable()
export class SignerService {
  constructor(
    @Inject(REMOTE_SIGNING) private readonly signing: RemoteSigning | null,
    private readonly tables: TablesRepository,
    private readonly store: MetadataStore,
    private readonly access: TableAccess,
    private readonly readCoverage: ReadCoverageCache,
  ) {}

  /**
   * Signs a request to the store. `table` is the table whose signing endpoint was called
   * (`/v1/namespaces/{ns}/tables/{table}/sign`, the REST spec's, which Iceberg's Java client uses since 1.12): a
   * reader then gets signatures for that table's objects only, and a writer for its namespace's area, where a
   * staged table's files lie before the catalog knows the table.
   */
  async sign(principal: AuthenticatedPrincipal, request: S3SignRequest, table?: TableName): Promise<S3SignResponse> {
    const signing = this.signing;
    if (signing === null)
      throw new CatalogError('bad_request', "this catalog's warehouse is a local directory: there is nothing to sign");
    const target = this.target(request, signing);
    await this.authorise(principal, target, signing, table);
    const headers = signing.signer.sign({
      method: request.method,
      url: target.url,
      region: signing.region,
      headers: request.headers,
    });
    return { uri: request.uri, headers };
  }

  private target(request: S3SignRequest, signing: RemoteSigning): S3Target {
    try {
      return s3TargetOf(request, signing.endpoint);
    } catch (error) {
      if (error instanceof UnsignableRequest) throw refused(error.message);
      throw error;
    }
  }

  private async authorise(
    principal: AuthenticatedPrincipal,
    target: S3Target,
    signing: RemoteSigning,
    table: TableName | undefined,
  ) {
    const location = `s3://${target.bucket}/${target.key}`;
    const namespace = namespaceOf(location, signing);
    if (namespace === undefined)
      throw refused(
        `${location} is not in a namespace's area of the warehouse (${signing.warehouse.root}/<namespace>)`,
      );
    if (table !== undefined && table.namespace !== namespace)
      throw refused(`${location} is not in namespace '${table.namespace}' of table ${table.namespace}.${table.name}`);
    if (target.access === 'write') return this.access.requireWrite(principal, namespace);
    if (mayWriteNamespace(principal, namespace)) return;
    const found = await this.readCoverage.get(principal.id, namespace, directoryOf(location), () =>
      this.tableHolding(namespace, location, principal.id),
    );
    if (found === null)
      throw refused(`missing right: read on ${location}: it lies in no table of namespace '${namespace}'`);
    // A table's own signing endpoint signs that table's objects only.
    if (table !== undefined && found.table !== table.name)
      throw refused(`missing right: read on ${location}: it lies not in table ${namespace}.${table.name}`);
    return this.access.requireRead(principal, namespace, found.table, found.coverage);
  }

  /** The table whose location holds `location`, as its current metadata says, and what a read of it needs. */
  private async tableHolding(namespace: string, location: string, principal: string): Promise<ObjectTable> {
    for (const { pointer, ...coverage } of await this.tables.findForObject(namespace, location, principal)) {
      const { metadata } = await this.store.read(pointer.metadataLocation);
      if (within(location, metadata.location)) return { table: pointer.name, coverage };
    }
    return null;
  }
}

function namespaceOf(location: string, signing: RemoteSigning): string | undefined {
  const root = signing.warehouse.root;
  if (!signing.warehouse.contains(location) || !location.startsWith(`${root}/`)) return undefined;
  const namespace = location.slice(root.length + 1).split('/')[0];
  return isValidName(namespace) && signing.warehouse.contains(location, namespace) ? namespace : undefined;
}

/**
 * The directory of an object, the cache's key: which table holds an object depends on it alone, since a table holds
 * the objects under `<its location>/`, so the objects of one directory lie in the same table, or in none.
 */
function directoryOf(location: string): string {
  return location.slice(0, location.lastIndexOf('/'));
}

/** Whether `location` is `base` or under it (`base/…`). */
function within(location: string, base: string): boolean {
  const trimmed = base.replace(/\/+$/, '');
  return location === trimmed || location.startsWith(`${trimmed}/`);
}

const refused = (message: string) => new AuthError('forbidden', `not signed: ${message}`);
