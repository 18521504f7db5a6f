import { randomUUID } from 'node:crypto';

/** A dataset of an OpenLineage event, with a schema facet when fields are given. */
export function dataset(namespace: string, name: string, fields: string[] = [], extra: Record<string, unknown> = {}) {
  return {
    namespace,
    name,
    ...(fields.length === 0
      ? {}
      : {
          facets: {
            schema: {
              _producer: 'https://example.com/test',
              _schemaURL: 'https://openlineage.io/spec/facets/1-1-1/SchemaDatasetFacet.json',
              fields: fields.map((field) => ({ name: field, type: 'STRING' })),
            },
          },
        }),
    ...extra,
  };
}

/** A RunEvent as integrations send it. */
export function runEvent(
  eventType: 'START' | 'COMPLETE' | 'FAIL',
  job: { namespace: string; name: string },
  io: { inputs?: unknown[]; outputs?: unknown[]; runId?: string } = {},
) {
  return {
    eventType,
    eventTime: new Date().toISOString(),
    producer: 'https://github.com/OpenLineage/OpenLineage/tree/1.0.0/client/python',
    schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent',
    run: { runId: io.runId ?? randomUUID() },
    job,
    inputs: io.inputs ?? [],
    outputs: io.outputs ?? [],
  };
}
