import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedPrincipal } from '@mesh/platform';
import { createHash, randomUUID } from 'node:crypto';
import { CatalogError, noSuchTable } from '../http/catalog-error';
import { toJson } from '../http/lossless-json';
import { requireName } from '../http/names';
import { page, type PageRequest } from '../http/pagination';
import { newTableMetadata, type CreateTableRequest } from '../metadata/new-table';
import { metadataDocument, readTableMetadata, type TableMetadata } from '../metadata/table-metadata';
import { parseJson } from '../http/lossless-json';
import { NamespacesService } from '../namespaces/namespaces.service';
import type { TableBinding } from '../products/bindings.repository';
import { checkNewTable } from '../products/contract-guard';
import { defaultTableLocation, metadataFileLocation, WAREHOUSE, type Warehouse } from '../warehouse/warehouse';
import { CommitsService } from './commits.service';
import { MetadataStore, type StoredMetadata } from './metadata-store';
import { accessDelegation } from './tables.requests';
import { TableAccess } from './table-access';
import { TablesRepository } from './tables.repository';

export type SnapshotsMode = 'all' | 'refs';

/** A LoadTableResult as JSON text, with the ETag of the metadata version it shows. */
export interface LoadedTable {
  body: string;
  etag: string;
  /** The client's If-None-Match named this version: 304, and no body. */
  notModified: boolean;
}

export interface LoadOptions {
  snapshots: SnapshotsMode;
  vendCredentials: boolean;
  /** The If-None-Match header of a load. */
  ifNoneMatch?: string;
}

/** Tables of the catalog: everything but commits, which CommitsService owns. */
@Injectable()
export class TablesService {
  constructor(
    private readonly tables: TablesRepository,
    private readonly store: MetadataStore,
    private readonly namespaces: NamespacesService,
    private readonly access: TableAccess,
    private readonly commits: CommitsService,
    @Inject(WAREHOUSE) private readonly warehouse: Warehouse,
  ) {}

  /**
   * The delegation a client asks for, before anything is done. An S3 warehouse's store has one identity, so vended
   * credentials would be its root keys: a client that accepts only those is refused, and told to sign remotely.
   */
  delegation(header: string | undefined): Pick<LoadOptions, 'vendCredentials'> {
    const { vendedCredentials, remoteSigning } = accessDelegation(header);
    if (vendedCredentials && !remoteSigning && this.warehouse.remoteSigning)
      throw new CatalogError(
        'bad_request',
        'invalid X-Iceberg-Access-Delegation: vended-credentials is not offered, since the store has a single ' +
          'identity whose keys only the catalog holds; accept remote-signing instead (PyIceberg: ' +
          'header.X-Iceberg-Access-Delegation=remote-signing)',
      );
    return { vendCredentials: vendedCredentials };
  }

  async list(namespace: string, request: PageRequest) {
    await this.namespaces.requireExists(namespace);
    const { items, next } = page(await this.tables.list(namespace, request.after, request.limit), request);
    return { identifiers: items.map((name) => ({ namespace: [namespace], name })), 'next-page-token': next };
  }

  async create(
    principal: AuthenticatedPrincipal,
    namespace: string,
    request: CreateTableRequest,
    options: LoadOptions,
  ): Promise<LoadedTable> {
    this.access.requireWrite(principal, namespace);
    const name = requireName(request.name, '/name');
    await this.namespaces.requireExists(namespace);
    const { pointer, binding } = await this.tables.findForCommit(namespace, name);
    if (pointer !== null) throw tableExists(namespace, name);
    const location = request.location?.replace(/\/+$/, '') ?? defaultTableLocation(this.warehouse, namespace, name);
    this.commits.checkLocation(location, '/location', namespace);
    const metadata = newTableMetadata(request, location, randomUUID(), {
      now: Date.now(),
      checkLocation: (where, at) => this.commits.checkLocation(where, at, namespace),
    });
    // A table some product's published port names must hold that port's contract from its first schema on.
    checkNewTable(binding, metadata);
    if (request['stage-create'] === true) {
      // Nothing is stored: the client commits the create transaction (assert-create) to the table's route.
      const text = toJson(metadataDocument(metadata));
      return this.result({ location: '', metadata, text }, options, null);
    }
    const stored = await this.store.write(metadataFileLocation(location, 0, randomUUID()), metadata);
    const inserted = await this.tables.transaction((manager) =>
      this.tables.insert(manager, {
        namespace,
        name,
        uuid: metadata['table-uuid'],
        metadataLocation: stored.location,
      }),
    );
    if (!inserted) throw tableExists(namespace, name);
    return this.result(stored, options, stored.location);
  }

  async load(
    principal: AuthenticatedPrincipal,
    namespace: string,
    table: string,
    options: LoadOptions,
  ): Promise<LoadedTable> {
    const { pointer, ...coverage } = await this.tables.findForRead(namespace, table, principal.id);
    this.access.requireRead(principal, namespace, table, coverage);
    if (pointer === null) throw noSuchTable(namespace, table);
    const etag = etagOf(pointer.metadataLocation, options.snapshots);
    if (matches(options.ifNoneMatch, etag)) return { body: '', etag, notModified: true };
    return this.result(await this.store.read(pointer.metadataLocation), options, pointer.metadataLocation);
  }

  async requireExists(namespace: string, table: string): Promise<void> {
    if ((await this.tables.find(namespace, table)) === null) throw noSuchTable(namespace, table);
  }

  async credentials(
    principal: AuthenticatedPrincipal,
    namespace: string,
    table: string,
  ): Promise<{ 'storage-credentials': never[] }> {
    const { pointer, ...coverage } = await this.tables.findForRead(namespace, table, principal.id);
    this.access.requireRead(principal, namespace, table, coverage);
    if (pointer === null) throw noSuchTable(namespace, table);
    // None is vended: a local warehouse needs none, and an S3 one is reached by remote signing (the table's config).
    return { 'storage-credentials': [] };
  }

  async drop(principal: AuthenticatedPrincipal, namespace: string, table: string, purge: boolean): Promise<void> {
    this.access.requireWrite(principal, namespace);
    const pointer = await this.tables.find(namespace, table);
    if (pointer === null) throw noSuchTable(namespace, table);
    const { metadata } = await this.store.read(pointer.metadataLocation);
    if ((await this.tables.delete(namespace, table)) === null) throw noSuchTable(namespace, table);
    this.store.forget(pointer.metadataLocation);
    // Only what lies in the warehouse is purged; a registered table's files elsewhere are not the catalog's.
    if (purge && this.warehouse.contains(metadata.location)) await this.warehouse.deleteUnder(metadata.location);
  }

  /** Forgets the table but keeps its files, for another catalog to register; answers where its metadata is. */
  async unregister(principal: AuthenticatedPrincipal, namespace: string, table: string): Promise<LoadedTable> {
    this.access.requireWrite(principal, namespace);
    const pointer = await this.tables.delete(namespace, table);
    if (pointer === null) throw noSuchTable(namespace, table);
    const stored = await this.store.read(pointer.metadataLocation);
    return {
      body: `{"metadata-location":${JSON.stringify(stored.location)},"metadata":${stored.text}}`,
      etag: etagOf(stored.location, 'all'),
      notModified: false,
    };
  }

  async rename(
    principal: AuthenticatedPrincipal,
    from: { namespace: string; name: string },
    to: { namespace: string; name: string },
  ): Promise<void> {
    this.access.requireWrite(principal, from.namespace);
    this.access.requireWrite(principal, to.namespace);
    await this.namespaces.requireExists(to.namespace);
    const [source, target] = await Promise.all([
      this.tables.findForCommit(from.namespace, from.name),
      this.tables.findForCommit(to.namespace, to.name),
    ]);
    if (source.pointer === null) throw noSuchTable(from.namespace, from.name);
    // A product's table is found by the name its published port gives: renamed, consumers would lose it.
    if (source.binding !== null) throw boundTableRenamed(source.binding);
    if (target.binding !== null) {
      checkNewTable(target.binding, (await this.store.read(source.pointer.metadataLocation)).metadata);
    }
    const outcome = await this.tables.rename(from, to);
    if (outcome === 'missing') throw noSuchTable(from.namespace, from.name);
    if (outcome === 'exists') throw tableExists(to.namespace, to.name);
  }

  async register(
    principal: AuthenticatedPrincipal,
    namespace: string,
    request: { name: string; 'metadata-location': string; overwrite: boolean },
    options: LoadOptions,
  ): Promise<LoadedTable> {
    this.access.requireWrite(principal, namespace);
    const name = requireName(request.name, '/name');
    const location = request['metadata-location'];
    this.commits.checkLocation(location, '/metadata-location', namespace);
    await this.namespaces.requireExists(namespace);
    const stored = await this.readForRegister(location);
    const pointer = { namespace, name, uuid: stored.metadata['table-uuid'], metadataLocation: location };
    const registered = await this.tables.transaction(async (manager) => {
      if (await this.tables.insert(manager, pointer)) return true;
      if (!request.overwrite) return false;
      await this.tables.replace(manager, pointer);
      return true;
    });
    if (!registered) throw tableExists(namespace, name);
    return this.result(stored, options, location);
  }

  private async readForRegister(location: string): Promise<StoredMetadata> {
    let text: string;
    try {
      text = await this.warehouse.read(location);
    } catch (error) {
      throw new CatalogError(
        'bad_request',
        `invalid /metadata-location: cannot read ${location} (${(error as Error).message})`,
      );
    }
    try {
      return { location, metadata: readTableMetadata(parseJson(text)), text };
    } catch (error) {
      throw new CatalogError(
        'bad_request',
        `invalid /metadata-location: ${location} is not Iceberg table metadata (${(error as Error).message})`,
      );
    }
  }

  /** The response of a commit: the table as the commit left it. */
  committed(stored: StoredMetadata): LoadedTable {
    return this.result(stored, { snapshots: 'all', vendCredentials: false }, stored.location);
  }

  private result(stored: StoredMetadata, options: LoadOptions, metadataLocation: string | null): LoadedTable {
    const config = toJson(this.warehouse.tableConfig());
    const metadata =
      options.snapshots === 'all' ? stored.text : toJson(metadataDocument(referencedOnly(stored.metadata)));
    // Vended credentials are none (see credentials()); asked for, the spec's empty list says so.
    const credentials = options.vendCredentials ? ',"storage-credentials":[]' : '';
    const location = metadataLocation === null ? '' : `"metadata-location":${JSON.stringify(metadataLocation)},`;
    return {
      body: `{${location}"metadata":${metadata},"config":${config}${credentials}}`,
      etag: etagOf(metadataLocation ?? stored.text, options.snapshots),
      notModified: false,
    };
  }
}

/** The metadata with only the snapshots a branch or tag points at (`snapshots=refs`). */
function referencedOnly(metadata: TableMetadata): TableMetadata {
  const referenced = new Set(Object.values(metadata.refs).map((ref) => ref['snapshot-id']));
  return { ...metadata, snapshots: metadata.snapshots.filter((snapshot) => referenced.has(snapshot['snapshot-id'])) };
}

/** One metadata file shown one way; a different `snapshots` mode is a different representation, hence another tag. */
export function etagOf(metadataLocation: string, snapshots: SnapshotsMode): string {
  return `"${createHash('sha256').update(`${snapshots}\n${metadataLocation}`).digest('hex').slice(0, 40)}"`;
}

/** Whether an If-None-Match header (one tag, a list, or `*`; weak or strong) names this tag. */
function matches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

function tableExists(namespace: string, table: string): CatalogError {
  return new CatalogError('table_exists', `Table already exists: ${namespace}.${table}`);
}

function boundTableRenamed(binding: TableBinding): CatalogError {
  return new CatalogError(
    'validation',
    `${binding.namespace}.${binding.table} is port ${binding.port} of ${binding.domain}/${binding.product} ` +
      `version ${binding.version}, and consumers find it by that name: publish a version whose port names the new ` +
      'table instead of renaming this one',
  );
}
