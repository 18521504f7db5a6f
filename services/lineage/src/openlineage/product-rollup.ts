import type { MeshEvent } from '@mesh/contracts';
import { newEvent } from '@mesh/contracts';
import { candidateAddresses } from '../products/product-ref';
import type { PortOwner, ProductEdge } from '../products/products.repository';
import type { DatasetRef, OpenLineageDataset, OpenLineageEvent } from './openlineage-event';
import type { CompletedOutput, IngestRows, ReportedAssertions } from './ingest-rows';

/** Other names of datasets (`namespace` NUL `name` → names), from their `symlinks` facets. */
export type DatasetAliases = ReadonlyMap<string, readonly string[]>;

const aliasKey = (dataset: DatasetRef) => `${dataset.namespace}\u0000${dataset.name}`;

/**
 * The table names a dataset's `symlinks` facet gives it. Engines that read a table through its files name the dataset
 * by its location (OpenLineage's Spark listener: namespace `s3://bucket`, name the table's path) and give the
 * catalog's identifier (`<namespace>.<table>`, type TABLE) as a symlink: that is the port address a product has.
 */
function tableSymlinks(dataset: OpenLineageDataset): string[] {
  const symlinks = dataset.facets?.symlinks as { identifiers?: { name?: unknown; type?: unknown }[] } | undefined;
  // Spark quotes the parts it must (`` `sales-eu`.orders ``); the mesh's names hold no dots or backticks.
  return (symlinks?.identifiers ?? []).flatMap((identifier) =>
    typeof identifier.name === 'string' && String(identifier.type).toUpperCase() === 'TABLE'
      ? [identifier.name.replace(/`/g, '')]
      : [],
  );
}

/** Which product port, if any, each dataset name stands for. */
export class PortIndex {
  private readonly byAddress: Map<string, PortOwner>;

  constructor(
    owners: readonly PortOwner[],
    private readonly aliases: DatasetAliases = new Map(),
  ) {
    this.byAddress = new Map(owners.map((owner) => [owner.address, owner]));
  }

  /** The table names these events' datasets have besides their own (their `symlinks` facets). */
  static aliasesOf(events: readonly OpenLineageEvent[]): DatasetAliases {
    const aliases = new Map<string, string[]>();
    for (const { kind, event } of events) {
      if (kind === 'dataset') continue;
      for (const dataset of [...(event.inputs ?? []), ...(event.outputs ?? [])]) {
        const names = tableSymlinks(dataset);
        if (names.length > 0) aliases.set(aliasKey(dataset), names);
      }
    }
    return aliases;
  }

  /** The addresses to look up for these events' datasets, under their names and their aliases. */
  static addressesOf(events: readonly OpenLineageEvent[]): string[] {
    const names = new Set<string>();
    for (const { kind, event } of events) {
      if (kind === 'dataset') continue;
      for (const dataset of [...(event.inputs ?? []), ...(event.outputs ?? [])]) {
        names.add(dataset.name);
        for (const alias of tableSymlinks(dataset)) names.add(alias);
      }
    }
    return [...new Set([...names].flatMap(candidateAddresses))];
  }

  /**
   * The longest matching address wins: `sales.orders.v1.events` is a topic, not the table `sales.orders`. A dataset
   * whose own name matches no port is looked up under its aliases.
   */
  portOf(dataset: DatasetRef): PortOwner | undefined {
    for (const name of [dataset.name, ...(this.aliases.get(aliasKey(dataset)) ?? [])]) {
      for (const address of candidateAddresses(name)) {
        const owner = this.byAddress.get(address);
        if (owner !== undefined) return owner;
      }
    }
    return undefined;
  }

  /** The domains whose data an event writes: only their members may report it. */
  writtenDomains(input: OpenLineageEvent): string[] {
    if (input.kind === 'dataset') return [];
    const outputs = input.event.outputs ?? [];
    return [...new Set(outputs.flatMap((dataset) => this.portOf(dataset)?.domain ?? []))];
  }

  /** Product edges of the runs: each product read feeds each other product written. */
  productEdges(rows: IngestRows): ProductEdge[] {
    const edges = new Map<string, ProductEdge>();
    for (const flow of rows.flows) {
      const upstreams = flow.inputs.flatMap((dataset) => this.portOf(dataset)?.productUrn ?? []);
      const downstreams = flow.outputs.flatMap((dataset) => this.portOf(dataset)?.productUrn ?? []);
      for (const upstream of upstreams) {
        for (const downstream of downstreams) {
          if (upstream !== downstream) edges.set(`${upstream} ${downstream}`, { upstream, downstream });
        }
      }
    }
    return [...edges.values()];
  }

  /** data.published for each product port a COMPLETE run wrote. */
  publications(outputs: readonly CompletedOutput[], producer: string): MeshEvent<'data.published'>[] {
    return outputs.flatMap((output) => {
      const owner = this.portOf(output.dataset);
      if (owner === undefined) return [];
      return [
        newEvent('data.published', {
          subject: owner.productUrn,
          producer,
          payload: {
            product: { domain: owner.domain, name: owner.name, version: owner.version },
            port: owner.port,
            // OpenLineage has no Iceberg snapshot id; the dataset version facet is its equivalent, else the run.
            snapshotId: output.datasetVersion ?? output.runId,
            // Unknown counts are 0: the outputStatistics and datasetStatistics facets are optional.
            rowsAdded: output.rowsAdded ?? 0,
            rowsTotal: output.rowsTotal ?? output.rowsAdded ?? 0,
            committedAt: Date.parse(output.eventTime),
            source: 'openlineage',
            runId: output.runId,
            table: owner.portType === 'iceberg-table' ? owner.address : null,
            metadataLocation: null,
            operation: null,
            filesAdded: null,
            filesTotal: null,
          },
        }),
      ];
    });
  }

  /** Assertions a run reported on a product's data, as check results for the quality service. */
  checkResults(reports: readonly ReportedAssertions[], producer: string): MeshEvent<'quality.check.completed'>[] {
    return reports.flatMap((report) => {
      const owner = this.portOf(report.dataset);
      if (owner === undefined) return [];
      const passed = report.assertions.filter((assertion) => assertion.success).length;
      return [
        newEvent('quality.check.completed', {
          subject: owner.productUrn,
          producer,
          payload: {
            runId: report.runId,
            product: { domain: owner.domain, name: owner.name, version: owner.version },
            port: owner.port,
            snapshotId: null,
            results: report.assertions.map((assertion) => ({
              // External assertions are no contract rules; their name (and column) identify them.
              ruleId:
                assertion.column === undefined ? assertion.assertion : `${assertion.assertion}:${assertion.column}`,
              observed: null,
              threshold: null,
              outcome: assertion.success ? ('pass' as const) : ('fail' as const),
              message: assertion.success ? null : `assertion ${assertion.assertion} failed in run ${report.runId}`,
            })),
            score: passed / report.assertions.length,
          },
        }),
      ];
    });
  }
}
