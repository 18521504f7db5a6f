/**
 * The parts of an OpenLineage event (spec 2-0-2, ./spec/OpenLineage.json) the service reads, once the event passed
 * schema validation. Facets stay untyped JSON objects except those the service interprets.
 */
export type JsonObject = Record<string, unknown>;

export type RunState = 'START' | 'RUNNING' | 'COMPLETE' | 'ABORT' | 'FAIL' | 'OTHER';

export interface DatasetRef {
  namespace: string;
  name: string;
}

export interface SchemaField {
  name: string;
  type?: string;
  description?: string;
  fields?: SchemaField[];
}

export interface InputField extends DatasetRef {
  field: string;
  transformations?: { type: string; subtype?: string; description?: string }[];
  transformationDescription?: string;
  transformationType?: string;
}

export interface ColumnLineageFacet {
  fields: Record<
    string,
    { inputFields: InputField[]; transformationDescription?: string; transformationType?: string }
  >;
}

export interface DataQualityAssertion {
  assertion: string;
  success: boolean;
  column?: string;
}

export interface OpenLineageDataset extends DatasetRef {
  facets?: JsonObject & {
    schema?: { fields?: SchemaField[] };
    columnLineage?: ColumnLineageFacet;
    version?: { datasetVersion?: string };
  };
  inputFacets?: JsonObject & { dataQualityAssertions?: { assertions: DataQualityAssertion[] } };
  outputFacets?: JsonObject & { outputStatistics?: { rowCount?: number } };
}

interface BaseEvent {
  eventTime: string;
  producer: string;
  schemaURL: string;
}

export interface RunEvent extends BaseEvent {
  eventType?: RunState;
  run: { runId: string; facets?: JsonObject };
  job: DatasetRef & { facets?: JsonObject };
  inputs?: OpenLineageDataset[];
  outputs?: OpenLineageDataset[];
}

export interface JobEvent extends BaseEvent {
  job: DatasetRef & { facets?: JsonObject };
  inputs?: OpenLineageDataset[];
  outputs?: OpenLineageDataset[];
}

export interface DatasetEvent extends BaseEvent {
  dataset: OpenLineageDataset;
}

export type OpenLineageEvent =
  { kind: 'run'; event: RunEvent } | { kind: 'job'; event: JobEvent } | { kind: 'dataset'; event: DatasetEvent };
