import type { DatasetRef } from '../openlineage/openlineage-event';

/**
 * Marquez's node ids: `dataset:<namespace>:<name>`, `job:<namespace>:<name>` and
 * `datasetField:<namespace>:<dataset>:<field>`. Namespaces are often URIs with colons (`kafka://broker:9092`) and
 * names may have some too, so a dataset or job id has several readings; the store decides which one exists.
 */
export type NodeId =
  { type: 'dataset' | 'job'; readings: DatasetRef[] } | { type: 'datasetField'; readings: DatasetRef[]; field: string };

export function parseNodeId(id: string): NodeId | undefined {
  const colon = id.indexOf(':');
  if (colon < 0) return undefined;
  const type = id.slice(0, colon);
  const rest = id.slice(colon + 1);
  switch (type) {
    case 'dataset':
    case 'job': {
      const readings = readingsOf(rest);
      return readings.length === 0 ? undefined : { type, readings };
    }
    case 'datasetField': {
      // Field names have no colon in practice (SQL columns, Avro and Parquet fields).
      const last = rest.lastIndexOf(':');
      const readings = last < 0 ? [] : readingsOf(rest.slice(0, last));
      const field = rest.slice(last + 1);
      return readings.length === 0 || field === '' ? undefined : { type, readings, field };
    }
    default:
      return undefined;
  }
}

function readingsOf(text: string): DatasetRef[] {
  const readings: DatasetRef[] = [];
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) {
    const namespace = text.slice(0, at);
    const name = text.slice(at + 1);
    if (namespace !== '' && name !== '') readings.push({ namespace, name });
  }
  return readings;
}

export const datasetNodeId = (ref: DatasetRef) => `dataset:${ref.namespace}:${ref.name}`;
export const jobNodeId = (ref: DatasetRef) => `job:${ref.namespace}:${ref.name}`;
export const fieldNodeId = (ref: DatasetRef, field: string) => `datasetField:${ref.namespace}:${ref.name}:${field}`;
