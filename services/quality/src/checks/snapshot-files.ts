import { Inject, Injectable } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import { CatalogClient } from '../iceberg/catalog-client';
import { liveDataFiles } from '../iceberg/manifests';
import { parseTableMetadata, snapshotOf, type Snapshot, type TableMetadata } from '../iceberg/table-metadata';
import type { WarehouseFiles } from '../iceberg/warehouse-files';

export const WAREHOUSE_FILES = 'quality:warehouse-files';

/** One snapshot of a port's table (null for a table without one): its id, size summary and manifest list. */
export interface LocatedSnapshot {
  snapshotId: string | null;
  snapshot: Snapshot | null;
}

/** Where a snapshot's table is: its metadata file when the event names it, else its catalog identifier. */
export interface SnapshotLocation {
  table: string;
  metadataLocation: string | null;
  snapshotId: string | null;
}

/**
 * Resolves a snapshot's data files, local or fetched from an S3 warehouse (WarehouseFiles): the table's metadata (the
 * file a catalog commit event names, else the catalog's loadTable), the snapshot the event names, its manifest list
 * and manifests (Avro), and their live data files.
 */
@Injectable()
export class SnapshotFiles {
  constructor(
    private readonly catalog: CatalogClient,
    @Inject(WAREHOUSE_FILES) private readonly files: WarehouseFiles,
  ) {}

  /**
   * The snapshot the event names; null for one that its own commit superseded. A commit can add several snapshots
   * (an overwrite is a delete and an append) and only its last is ever visible to readers: in the metadata file the
   * commit wrote, that is the current one.
   */
  async locate(location: SnapshotLocation): Promise<LocatedSnapshot | null> {
    const metadata = await this.metadataOf(location);
    const snapshot = snapshotOf(metadata, location.snapshotId);
    if (snapshot === null) return { snapshotId: null, snapshot: null };
    const current = snapshot['snapshot-id'] === (metadata['current-snapshot-id'] ?? null);
    if (!current && location.metadataLocation !== null) return null;
    return { snapshotId: snapshot['snapshot-id'], snapshot };
  }

  /** The local paths of a snapshot's live data files (fetched from an S3 warehouse), for DuckDB. */
  dataFiles(snapshot: Snapshot | null): Promise<string[]> {
    return snapshot === null ? Promise.resolve([]) : liveDataFiles(snapshot['manifest-list'], this.files);
  }

  private async metadataOf(location: SnapshotLocation): Promise<TableMetadata> {
    if (location.metadataLocation === null) return this.catalog.loadTable(location.table);
    return parseTableMetadata(await readFile(await this.files.localPath(location.metadataLocation), 'utf8'));
  }
}
