import { valid } from 'semver';
import { parseProductAddress } from '../model/address';
import { classificationRank } from '../model/classification';
import type { DataProductDescriptor, InputPort, OutputPort, TableSchema } from '../model/descriptor';
import { portTable } from '../model/descriptor';
import { parseFieldType } from '../model/field-type';
import { childPointer } from '../model/pointer';
import type { ProblemDetail } from '../model/problem';
import { duplicateProblems } from './duplicates';
import { transformSourceTypes, typeFamily } from './partition-transforms';

// What the JSON schema cannot say about a whole descriptor: how ports, tables, versions and
// classifications relate. Runs on a descriptor that already matches the schema; the
// contract's own checks are in contract-checks.ts.

export function descriptorProblems(descriptor: DataProductDescriptor): ProblemDetail[] {
  const { metadata, spec } = descriptor;
  const tables = new Map(spec.contract.schema.map((table) => [table.name, table]));
  return [
    ...versionProblems(metadata.version),
    ...portNameProblems(spec.inputPorts ?? [], spec.outputPorts),
    ...inputPortProblems(descriptor),
    ...spec.outputPorts.flatMap((port, index) =>
      outputPortProblems(port, tables, childPointer('/spec/outputPorts', index)),
    ),
    ...unservedTableProblems(descriptor),
    ...classificationProblems(descriptor),
    ...freshnessPortProblems(descriptor),
  ];
}

function versionProblems(version: string): ProblemDetail[] {
  // semver.valid also accepts and strips a leading "v" or "="; the descriptor wants the plain form.
  return valid(version) === version
    ? []
    : [
        {
          pointer: '/metadata/version',
          message: `must be a semantic version MAJOR.MINOR.PATCH such as 1.4.0; got '${version}'`,
        },
      ];
}

// Input and output ports share one namespace, so a port name alone identifies a port.
function portNameProblems(inputs: readonly InputPort[], outputs: readonly OutputPort[]): ProblemDetail[] {
  const ports = [
    ...inputs.map((port, index) => ({ name: port.name, pointer: childPointer('/spec/inputPorts', index, 'name') })),
    ...outputs.map((port, index) => ({ name: port.name, pointer: childPointer('/spec/outputPorts', index, 'name') })),
  ];
  return duplicateProblems(
    ports,
    (port) => port.name,
    (index) => ports[index].pointer,
    (name) => `port '${name}'`,
  );
}

function inputPortProblems({ metadata, spec }: DataProductDescriptor): ProblemDetail[] {
  const inputs = spec.inputPorts ?? [];
  const problems = duplicateProblems(
    inputs,
    (port) => port.address,
    (index) => childPointer('/spec/inputPorts', index, 'address'),
    (address) => `input from ${address}`,
  );
  inputs.forEach((port, index) => {
    const address = parseProductAddress(port.address);
    if (address?.domain === metadata.domain && address.product === metadata.name) {
      problems.push({
        pointer: childPointer('/spec/inputPorts', index, 'address'),
        message: 'a product cannot be an input of itself',
      });
    }
  });
  return problems;
}

function outputPortProblems(port: OutputPort, tables: ReadonlyMap<string, TableSchema>, at: string): ProblemDetail[] {
  const problems: ProblemDetail[] = [];
  const settingsOfType = { 'iceberg-table': 'iceberg', 'kafka-topic': 'kafka' } as const;
  for (const [type, settings] of Object.entries(settingsOfType)) {
    if (port[settings] !== undefined && port.type !== type) {
      problems.push({ pointer: childPointer(at, settings), message: `only applies to ${type} ports` });
    }
  }
  const table = tables.get(portTable(port));
  if (!table) {
    problems.push({
      pointer: childPointer(at, port.table === undefined ? 'name' : 'table'),
      message: `the contract has no table '${portTable(port)}'; set table to the contract table this port serves`,
    });
    return problems;
  }
  port.iceberg?.partitionSpec.forEach((partition, index) => {
    const partitionAt = childPointer(at, 'iceberg', 'partitionSpec', index);
    const field = table.fields.find((candidate) => candidate.name === partition.field);
    const parsed = field && parseFieldType(field.type);
    if (!field) {
      problems.push({
        pointer: childPointer(partitionAt, 'field'),
        message: `table '${table.name}' has no field '${partition.field}'`,
      });
    } else if (parsed?.ok && !transformSourceTypes(partition.transform).includes(typeFamily(parsed.type))) {
      problems.push({
        pointer: childPointer(partitionAt, 'transform'),
        message: `${partition.transform} cannot partition field '${field.name}' of type ${field.type}; it applies to ${transformSourceTypes(partition.transform).join(', ')}`,
      });
    }
  });
  return problems;
}

// A table no port serves is never provisioned; most likely a port names the wrong table.
function unservedTableProblems({ spec }: DataProductDescriptor): ProblemDetail[] {
  const served = new Set(spec.outputPorts.map(portTable));
  return spec.contract.schema.flatMap((table, index) =>
    served.has(table.name)
      ? []
      : [
          {
            pointer: childPointer('/spec/contract/schema', index, 'name'),
            message: `no output port serves table '${table.name}'`,
          },
        ],
  );
}

// Grants and approval follow the product's classification, so no field may be more sensitive than the product.
function classificationProblems({ metadata, spec }: DataProductDescriptor): ProblemDetail[] {
  const limit = classificationRank(metadata.classification);
  return spec.contract.schema.flatMap((table, tableIndex) =>
    table.fields.flatMap((field, fieldIndex) =>
      field.classification && classificationRank(field.classification) > limit
        ? [
            {
              pointer: childPointer('/spec/contract/schema', tableIndex, 'fields', fieldIndex, 'classification'),
              message: `'${field.classification}' is above the product's classification '${metadata.classification}'; raise metadata.classification`,
            },
          ]
        : [],
    ),
  );
}

function freshnessPortProblems({ spec }: DataProductDescriptor): ProblemDetail[] {
  const port = spec.contract.sla?.freshness?.port;
  return port === undefined || spec.outputPorts.some((output) => output.name === port)
    ? []
    : [{ pointer: '/spec/contract/sla/freshness/port', message: `there is no output port '${port}'` }];
}
