import { Inject, Injectable } from '@nestjs/common';
import { Outbox } from '@mesh/messaging';
import { CONFIG, type AuthenticatedPrincipal } from '@mesh/platform';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { CatalogConfig } from '../config';
import { dataPublishedEvents } from '../events/data-published';
import { CatalogError, noSuchTable } from '../http/catalog-error';
import { applyUpdates, withMetadataLog, type UpdateContext } from '../metadata/apply-updates';
import type { CommitTableRequest } from '../metadata/commit-request';
import { emptyMetadata } from '../metadata/new-table';
import { checkRequirements } from '../metadata/requirements';
import type { TableMetadata } from '../metadata/table-metadata';
import { NamespacesService } from '../namespaces/namespaces.service';
import type { TableBinding } from '../products/bindings.repository';
import { checkContract } from '../products/contract-guard';
import {
  WAREHOUSE,
  defaultTableLocation,
  metadataFileLocation,
  metadataSequence,
  type Warehouse,
} from '../warehouse/warehouse';
import { MetadataStore, type StoredMetadata } from './metadata-store';
import { TableAccess } from './table-access';
import { TablesRepository, type TablePointer } from './tables.repository';

export interface TableChange {
  namespace: string;
  table: string;
  request: CommitTableRequest;
}

/** A change checked against the table as read and written to a new metadata file, ready for the pointer swap. */
interface PreparedCommit {
  change: TableChange;
  current: TablePointer | null;
  base: StoredMetadata | null;
  binding: TableBinding | null;
  next: StoredMetadata;
  /** A commit without updates only checked its requirements: nothing is written or swapped. */
  unchanged: boolean;
}

/** Another commit moved the pointer between read and swap; the whole attempt starts over. */
class LostRace extends Error {}

/**
 * Commits: requirements checked against the table as it is, updates applied, the new metadata file written, and the
 * pointer swapped only if it has not moved since it was read (compare-and-swap), together with the data.published
 * events in the same transaction. A commit that loses the race is retried from a fresh read: if its requirements
 * still hold (a property change next to an append), it lands; if not (two appends on the same parent), the
 * requirement fails with 409 and the client rebases. A multi-table transaction swaps every pointer in one database
 * transaction, so all land or none does.
 */
@Injectable()
export class CommitsService {
  constructor(
    private readonly tables: TablesRepository,
    private readonly store: MetadataStore,
    private readonly namespaces: NamespacesService,
    private readonly access: TableAccess,
    @Inject(WAREHOUSE) private readonly warehouse: Warehouse,
    @Inject(CONFIG) private readonly config: CatalogConfig,
  ) {}

  async commit(principal: AuthenticatedPrincipal, changes: readonly TableChange[]): Promise<StoredMetadata[]> {
    changes.forEach((change) => this.access.requireWrite(principal, change.namespace));
    const names = changes.map((change) => `${change.namespace}.${change.table}`);
    const repeated = names.find((name, index) => names.indexOf(name) !== index);
    if (repeated !== undefined)
      throw new CatalogError('bad_request', `invalid /table-changes: table ${repeated} appears twice`);
    for (let attempt = 0; ; attempt++) {
      const prepared = await Promise.all(changes.map((change) => this.prepare(change)));
      try {
        await this.tables.transaction((manager) => this.swap(manager, prepared, principal));
        return prepared.map((commit) => commit.next);
      } catch (error) {
        if (!(error instanceof LostRace)) throw error;
        if (attempt >= this.config.CATALOG_COMMIT_RETRIES)
          throw new CatalogError('commit_failed', `Commit failed: ${error.message}; reload the table and retry`);
      }
    }
  }

  private async prepare(change: TableChange): Promise<PreparedCommit> {
    const { namespace, table, request } = change;
    const { pointer: current, binding } = await this.tables.findForCommit(namespace, table);
    const creating = request.requirements.some((requirement) => requirement.type === 'assert-create');
    if (current === null && !creating) throw noSuchTable(namespace, table);
    if (current === null) await this.namespaces.requireExists(namespace);
    const base = current === null ? null : await this.store.read(current.metadataLocation);
    checkRequirements(base?.metadata ?? null, request.requirements);
    if (base !== null && request.updates.length === 0)
      return { change, current, base, binding, next: base, unchanged: true };

    const context: UpdateContext = {
      now: Date.now(),
      checkLocation: (location, pointer) => this.checkLocation(location, pointer, namespace),
    };
    let next = applyUpdates(base?.metadata ?? emptyMetadata(), request.updates, context);
    next = this.completeCreate(next, base, namespace, table);
    checkContract(binding, base?.metadata ?? null, next);
    next = withMetadataLog(
      next,
      base === null ? null : { location: base.location, updatedAt: base.metadata['last-updated-ms'] },
    );
    const sequence = current === null ? 0 : metadataSequence(current.metadataLocation) + 1;
    const location = metadataFileLocation(next.location, sequence, randomUUID());
    return { change, current, base, binding, next: await this.store.write(location, next), unchanged: false };
  }

  /** A create transaction may leave out the uuid and the location; the catalog chooses them as a direct create would. */
  private completeCreate(
    next: TableMetadata,
    base: StoredMetadata | null,
    namespace: string,
    table: string,
  ): TableMetadata {
    if (base !== null) return next;
    if (next.schemas.length === 0)
      throw new CatalogError('bad_request', 'invalid /updates: a create transaction must add a schema');
    return {
      ...next,
      'table-uuid': next['table-uuid'] === '' ? randomUUID() : next['table-uuid'],
      location: next.location === '' ? defaultTableLocation(this.warehouse, namespace, table) : next.location,
    };
  }

  private async swap(manager: EntityManager, prepared: readonly PreparedCommit[], principal: AuthenticatedPrincipal) {
    for (const { change, current, next, unchanged } of prepared) {
      if (unchanged) continue;
      const { namespace, table } = change;
      const swapped =
        current === null
          ? await this.tables.insert(manager, {
              namespace,
              name: table,
              uuid: next.metadata['table-uuid'],
              metadataLocation: next.location,
            })
          : await this.tables.swap(manager, namespace, table, current.metadataLocation, next.location);
      if (!swapped)
        throw new LostRace(
          current === null
            ? `table ${namespace}.${table} was created concurrently`
            : `${namespace}.${table} changed concurrently`,
        );
    }
    const events = prepared.flatMap(({ change, base, binding, next }) =>
      dataPublishedEvents(
        {
          namespace: change.namespace,
          table: change.table,
          binding,
          base: base?.metadata ?? null,
          next: next.metadata,
          metadataLocation: next.location,
        },
        principal.id,
      ),
    );
    if (events.length > 0) await Outbox.addAll(manager, events);
  }

  /**
   * A table's files stay in its namespace's area of the warehouse (`<warehouse>/<namespace>`): a domain can neither
   * write metadata elsewhere nor register or point a table at another domain's files, which its grants protect.
   */
  checkLocation(location: string, pointer: string, namespace: string): void {
    if (!this.warehouse.contains(location, namespace))
      throw new CatalogError(
        'bad_request',
        `invalid ${pointer}: '${location}' is outside ${this.warehouse.root}/${namespace}, the namespace's area of the warehouse`,
      );
  }
}
