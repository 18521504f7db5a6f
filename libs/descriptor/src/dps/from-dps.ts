import type { DataContract, DataProductDescriptor } from '../model/descriptor';
import { childPointer } from '../model/pointer';
import { ImportReport, type Imported } from '../support/import-report';
import { definedOnly, isObject, objectsOf, stringOf, type JsonObject } from '../support/read-json';
import { validateDescriptor } from '../validation/validate';
import { DPS_PORT_TYPES } from './dps-types';
import { parsePartitionSpec } from './partition-notation';

/**
 * Problems point into the DPS document, except those about the contract, which keep their
 * descriptor pointer (`/spec/contract/...`; a DPS document has no `/spec`).
 */
export type DpsImport = Imported<'descriptor', DataProductDescriptor>;

const PORT_TYPES: Record<string, string> = Object.fromEntries(
  Object.entries(DPS_PORT_TYPES).map(([descriptorType, dpsType]) => [dpsType, descriptorType]),
);
// Keys toDps derives from the rest of the descriptor: nothing is lost when they are dropped.
const PRODUCT_KEYS = new Set([
  'dataProductSpecification',
  'id',
  'info',
  'inputPorts',
  'outputPorts',
  'links',
  'custom',
  'tags',
]);
const INFO_KEYS = new Set(['title', 'owner', 'domain', 'description']);
const INPUT_PORT_KEYS = new Set(['id', 'name', 'description', 'sourceSystemId', 'type', 'location']);
const OUTPUT_PORT_KEYS = new Set([
  'id',
  'name',
  'description',
  'type',
  'containsPii',
  'autoApprove',
  'dataContractId',
  'custom',
]);

/**
 * A descriptor from a DPS 0.0.1 document and the contract its output ports implement (DPS
 * itself has none: take it from the ODCS document the ports' dataContractId names).
 */
export function fromDps(document: unknown, contract: DataContract): DpsImport {
  if (!isObject(document))
    return { ok: false, problems: [{ pointer: '', message: 'must be a DPS document (an object)' }], warnings: [] };
  const importer = new DescriptorImporter();
  return importer.conclude<'descriptor', DataProductDescriptor>(
    validateDescriptor(importer.descriptor(document, contract)),
  );
}

class DescriptorImporter extends ImportReport {
  descriptor(dps: JsonObject, contract: DataContract): JsonObject {
    const info = isObject(dps.info) ? dps.info : {};
    const custom = isObject(dps.custom) ? dps.custom : {};
    this.notCarried(dps, PRODUCT_KEYS, '');
    this.notCarried(info, INFO_KEYS, '/info');
    this.recordAll([
      ['/metadata', '/info'],
      ['/metadata/name', '/id'],
      ['/metadata/tags', '/tags'],
      ['/metadata/version', '/custom/version'],
      ['/metadata/classification', '/custom/classification'],
      ['/spec/access/visibility', '/custom/visibility'],
      ['/spec/access/retention', '/custom/onRetire'],
      ['/spec/access/approval', '/outputPorts'],
      ['/spec/inputPorts', '/inputPorts'],
      ['/spec/outputPorts', '/outputPorts'],
    ]);
    const outputPorts = objectsOf(dps.outputPorts);
    return {
      apiVersion: 'mesh/v1',
      kind: 'DataProduct',
      metadata: definedOnly({
        name: productName(stringOf(dps.id), stringOf(info.domain)),
        domain: info.domain,
        owner: info.owner,
        title: info.title,
        description: info.description,
        tags: dps.tags,
        classification: custom.classification,
        version: custom.version,
      }),
      spec: definedOnly({
        inputPorts: Array.isArray(dps.inputPorts)
          ? objectsOf(dps.inputPorts).map((port, index) => this.inputPort(port, index))
          : undefined,
        outputPorts: outputPorts.map((port, index) => this.outputPort(port, index)),
        contract,
        access: definedOnly({
          visibility: custom.visibility,
          // DPS approves per port; the descriptor approves per product, automatically only if every port does.
          approval:
            outputPorts.length > 0 && outputPorts.every((port) => port.autoApprove === true) ? 'auto' : 'manual',
          retention: custom.onRetire === undefined ? undefined : { onRetire: custom.onRetire },
        }),
      }),
    };
  }

  private inputPort(port: JsonObject, index: number): JsonObject {
    const at = childPointer('/inputPorts', index);
    this.notCarried(port, INPUT_PORT_KEYS, at);
    this.trace.record(childPointer('/spec/inputPorts', index, 'address'), childPointer(at, 'location'));
    return definedOnly({ name: port.name, address: port.location, description: port.description });
  }

  private outputPort(port: JsonObject, index: number): JsonObject {
    const at = childPointer('/outputPorts', index);
    const modelAt = childPointer('/spec/outputPorts', index);
    const custom = isObject(port.custom) ? port.custom : {};
    this.notCarried(port, OUTPUT_PORT_KEYS, at);
    this.recordAll([
      [childPointer(modelAt, 'table'), childPointer(at, 'custom', 'table')],
      [childPointer(modelAt, 'iceberg'), childPointer(at, 'custom', 'partitionSpec')],
      [childPointer(modelAt, 'kafka', 'partitions'), childPointer(at, 'custom', 'partitions')],
      [childPointer(modelAt, 'kafka', 'retentionMs'), childPointer(at, 'custom', 'retentionMs')],
      [childPointer(modelAt, 'kafka', 'cleanupPolicy'), childPointer(at, 'custom', 'cleanupPolicy')],
    ]);
    const type = PORT_TYPES[String(port.type)];
    if (!type)
      this.problems.push({
        pointer: childPointer(at, 'type'),
        message: `must be one of ${Object.keys(PORT_TYPES).join(', ')}`,
      });
    const kafka = definedOnly({
      partitions: this.wholeNumber(custom.partitions, childPointer(at, 'custom', 'partitions')),
      retentionMs: this.wholeNumber(custom.retentionMs, childPointer(at, 'custom', 'retentionMs')),
      cleanupPolicy: custom.cleanupPolicy,
    });
    return definedOnly({
      name: port.name,
      type,
      table: custom.table,
      description: port.description,
      iceberg: this.iceberg(custom.partitionSpec, childPointer(at, 'custom', 'partitionSpec')),
      kafka: Object.keys(kafka).length > 0 ? kafka : undefined,
    });
  }

  private iceberg(partitionSpec: unknown, at: string): JsonObject | undefined {
    if (partitionSpec === undefined) return undefined;
    const parsed = parsePartitionSpec(String(partitionSpec));
    if (!parsed)
      this.problems.push({
        pointer: at,
        message: 'must list transform(field) entries, such as day(ordered_at), bucket[16](order_id)',
      });
    return { partitionSpec: parsed ?? [] };
  }

  private wholeNumber(text: unknown, at: string): number | undefined {
    if (text === undefined) return undefined;
    const value = Number(text);
    if (!Number.isInteger(value))
      this.problems.push({ pointer: at, message: `must be a whole number, got '${String(text)}'` });
    return Number.isInteger(value) ? value : undefined;
  }
}

/** toDps writes `<domain>.<name>`; other DPS ids are taken as the name itself. */
function productName(id: string | undefined, domain: string | undefined): string | undefined {
  return id !== undefined && domain !== undefined && id.startsWith(`${domain}.`) ? id.slice(domain.length + 1) : id;
}
