import { portTable, validateDescriptor, type DataProductDescriptor } from '@mesh/descriptor';
import { CliError } from '../cli-error';
import type { GatewayClient } from '../gateway/gateway-client';
import { resolveAddress, type DemoPort, type VersionView } from './demo-mesh';
import { FIXUPS } from './demo-plan';
import type { LineageDataset, JobRun } from './openlineage';
import { appendable, makeRows, type Row } from './row-factory';

/** A demo product version with its descriptor and the ports provisioning made for it. */
export interface SeededProduct {
  descriptor: DataProductDescriptor;
  view: VersionView;
}

/** One table of a product, with what it takes to write rows that keep its contract. */
export interface DemoTable {
  product: string;
  identifier: string;
  catalogUri: string;
  rows(count: number, firstSerial: number): Row[];
  /** False for aggregates keyed by date: their rows are recomputed whole (overwritten), not appended. */
  appendable: boolean;
  /** Breaks the table's first rule on valid values in a row, for the bad snapshots; undefined without such a rule. */
  spoil?: (row: Row) => Row;
}

/** A descriptor, checked, from where it came from (a file, a version): `source` names it in the error. */
export function checkedDescriptor(value: unknown, source: string): DataProductDescriptor {
  const checked = validateDescriptor(value);
  if (!checked.ok) {
    throw new CliError(
      `${source}: ${checked.problems.map((problem) => `${problem.pointer} ${problem.message}`).join('; ')}`,
    );
  }
  return checked.descriptor;
}

/** The published version with the descriptor it was applied with. */
export function seededProduct(view: VersionView, source: string): SeededProduct {
  return { descriptor: checkedDescriptor(view.descriptor, source), view };
}

/** The Iceberg tables of a product, each able to make rows for its contract table. */
export function tablesOf({ descriptor, view }: SeededProduct): DemoTable[] {
  const product = `${descriptor.metadata.domain}/${descriptor.metadata.name}`;
  return descriptor.spec.outputPorts.flatMap((port) => {
    const iceberg = view.ports.find((candidate) => candidate.name === port.name)?.iceberg;
    const schema = descriptor.spec.contract.schema.find((table) => table.name === portTable(port));
    if (port.type !== 'iceberg-table' || iceberg === null || iceberg === undefined || schema === undefined) return [];
    const rules = descriptor.spec.contract.quality ?? [];
    const fixup = FIXUPS[`${descriptor.metadata.domain}.${schema.name}`];
    const checked = rules.find(
      (rule) =>
        rule.table === schema.name &&
        'metric' in rule &&
        rule.metric === 'invalidValues' &&
        rule.arguments?.validValues !== undefined,
    )?.field;
    return [
      {
        product,
        identifier: iceberg.identifier,
        catalogUri: iceberg.catalogUri,
        appendable: appendable(schema),
        rows: (count: number, firstSerial: number) =>
          makeRows(schema, rules, { count, firstSerial, now: new Date(), fixup }),
        spoil: checked === undefined ? undefined : (row: Row) => ({ ...row, [checked]: 'unknown' }),
      },
    ];
  });
}

/** A port as OpenLineage names its dataset: an Iceberg table in its catalog, a Kafka topic. */
export function datasetOf(port: DemoPort): LineageDataset | undefined {
  if (port.iceberg !== null) return { namespace: port.iceberg.catalogUri, name: port.iceberg.identifier };
  if (port.kafka !== null) return { namespace: 'kafka', name: port.kafka.topic };
  return undefined;
}

/** The run of the job that builds a product from its input ports: what lineage learns the product edges from. */
export async function buildRun(
  gateway: GatewayClient,
  { descriptor, view }: SeededProduct,
  completedAt: Date,
): Promise<JobRun | undefined> {
  const inputs = descriptor.spec.inputPorts ?? [];
  if (inputs.length === 0) return undefined;
  const upstream = await Promise.all(inputs.map((input) => resolveAddress(gateway, input.address)));
  return {
    job: { namespace: descriptor.metadata.domain, name: `${descriptor.metadata.name}-build` },
    inputs: upstream.flat().flatMap((port) => (port.iceberg === null ? [] : [datasetOf(port)!])),
    outputs: view.ports.flatMap((port) => (port.iceberg === null ? [] : [datasetOf(port)!])),
    completedAt,
    durationMs: 40_000 + Math.round(Math.random() * 60_000),
  };
}
