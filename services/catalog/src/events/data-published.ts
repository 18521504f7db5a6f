import { newEvent, productUrn, type MeshEvent, type PayloadOf } from '@mesh/contracts';
import type { Snapshot, TableMetadata } from '../metadata/table-metadata';
import type { TableBinding } from '../products/bindings.repository';

export interface CommittedTable {
  namespace: string;
  table: string;
  binding: TableBinding | null;
  base: TableMetadata | null;
  next: TableMetadata;
  metadataLocation: string;
}

const count = (value: string | undefined): number | null => {
  if (value === undefined) return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : null;
};

/** The subject of a table's events: its product when a product claims it, else the table itself. */
export function tableSubject(namespace: string, table: string, binding: TableBinding | null): string {
  return binding === null
    ? `urn:mesh:table:${namespace}.${table}`
    : productUrn({ domain: binding.domain, name: binding.product });
}

/**
 * One data.published per snapshot the commit added, with the counts of its summary. A table no product claims still
 * announces its data, under its namespace as domain and an empty product name and port.
 */
export function dataPublishedEvents(commit: CommittedTable, actor: string | null): MeshEvent<'data.published'>[] {
  const known = new Set(commit.base?.snapshots.map((snapshot) => snapshot['snapshot-id']) ?? []);
  return commit.next.snapshots
    .filter((snapshot) => !known.has(snapshot['snapshot-id']))
    .map((snapshot) =>
      newEvent('data.published', {
        subject: tableSubject(commit.namespace, commit.table, commit.binding),
        producer: 'catalog',
        actor,
        payload: payloadOf(commit, snapshot),
      }),
    );
}

function payloadOf(commit: CommittedTable, snapshot: Snapshot): PayloadOf<'data.published'> {
  const { binding, summary } = { binding: commit.binding, summary: snapshot.summary as Record<string, string> };
  return {
    product:
      binding === null
        ? { domain: commit.namespace, name: '', version: '' }
        : { domain: binding.domain, name: binding.product, version: binding.version },
    port: binding?.port ?? '',
    snapshotId: snapshot['snapshot-id'].toString(),
    rowsAdded: count(summary['added-records']) ?? 0,
    rowsTotal: count(summary['total-records']) ?? 0,
    committedAt: snapshot['timestamp-ms'],
    source: 'catalog',
    runId: null,
    table: `${commit.namespace}.${commit.table}`,
    metadataLocation: commit.metadataLocation,
    operation: snapshot.summary.operation,
    filesAdded: count(summary['added-data-files']),
    filesTotal: count(summary['total-data-files']),
  };
}
