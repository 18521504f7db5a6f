import type {
  DataQualityAssertion,
  DatasetRef,
  JsonObject,
  OpenLineageDataset,
  OpenLineageEvent,
  RunState,
  SchemaField,
} from './openlineage-event';

/** Namespace and name joined by a character neither can contain, as a map key. */
export type NodeKey = string;
export const nodeKey = (ref: DatasetRef): NodeKey => `${ref.namespace}\u0000${ref.name}`;
/** The namespace and name of a key. */
export const splitKey = (key: NodeKey) => {
  const at = key.indexOf('\u0000');
  return [key.slice(0, at), key.slice(at + 1)] as const;
};

export interface JobRow extends DatasetRef {
  facets: JsonObject;
  latestRunId: string | null;
}

export interface DatasetRow extends DatasetRef {
  fields: SchemaField[] | null;
  facets: JsonObject;
  /** The run whose output is the dataset's current version, when a run wrote it. */
  currentVersionRunId: string | null;
}

export interface RunRow {
  runId: string;
  job: NodeKey;
  state: RunState;
  eventTime: string;
  startedAt: string | null;
  endedAt: string | null;
  facets: JsonObject;
}

export interface EdgeRow {
  job: NodeKey;
  dataset: NodeKey;
  direction: 'input' | 'output';
}

export interface VersionRow {
  dataset: NodeKey;
  runId: string;
  fields: SchemaField[] | null;
  facets: JsonObject;
}

export interface ColumnLineageRow {
  dataset: NodeKey;
  field: string;
  input: NodeKey;
  inputField: string;
  transformationDescription: string | null;
  transformationType: string | null;
}

/** An output of a COMPLETE run: new data landed there. */
export interface CompletedOutput {
  runId: string;
  dataset: DatasetRef;
  eventTime: string;
  rowsAdded: number | null;
  rowsTotal: number | null;
  datasetVersion: string | null;
}

/** Assertions a run reported about one of its inputs (the dataQualityAssertions input facet). */
export interface ReportedAssertions {
  runId: string;
  dataset: DatasetRef;
  assertions: DataQualityAssertion[];
}

/** A dataset a run read or wrote, in any of its events: a finished run's job version is all of them. */
export interface RunIoRow {
  runId: string;
  dataset: NodeKey;
  direction: EdgeRow['direction'];
}

/**
 * An event that makes a job version current, as in Marquez: the end of a run (COMPLETE, FAIL or ABORT: its
 * inputs and outputs over all of its events), any event of a streaming job's run, or a JobEvent (its own inputs
 * and outputs, in `io`).
 */
export interface VersionSource {
  job: NodeKey;
  runId: string | null;
  eventTime: string;
  io: { dataset: NodeKey; direction: EdgeRow['direction'] }[];
}

/** What one job read and wrote, for the product-level roll-up. */
export interface JobFlow {
  inputs: DatasetRef[];
  outputs: DatasetRef[];
}

/**
 * The rows a set of valid events writes, deduplicated so that each statement touches a row once (Postgres refuses
 * an ON CONFLICT DO UPDATE that meets the same row twice) and sorted by key, so that concurrent ingestions lock
 * rows in the same order. Later events win for the same job, dataset or run, except that a run's state is that of
 * its latest event by event time.
 */
export class IngestRows {
  readonly namespaces = new Set<string>();
  readonly jobs = new Map<NodeKey, JobRow>();
  readonly datasets = new Map<NodeKey, DatasetRow>();
  readonly runs = new Map<string, RunRow>();
  readonly transitions: { runId: string; state: RunState; eventTime: string }[] = [];
  readonly edges = new Map<string, EdgeRow>();
  readonly runIo = new Map<string, RunIoRow>();
  readonly versionSources: VersionSource[] = [];
  readonly versions = new Map<string, VersionRow>();
  readonly columnLineage = new Map<string, ColumnLineageRow>();
  readonly completedOutputs: CompletedOutput[] = [];
  readonly assertions: ReportedAssertions[] = [];
  readonly flows: JobFlow[] = [];

  static of(events: readonly OpenLineageEvent[]): IngestRows {
    const rows = new IngestRows();
    for (const event of events) rows.add(event);
    return rows;
  }

  add(input: OpenLineageEvent): void {
    if (input.kind === 'dataset') {
      this.addDataset(input.event.dataset);
      return;
    }
    const { event } = input;
    const runId = input.kind === 'run' ? input.event.run.runId : null;
    const job = this.addJob(event.job, runId);
    const inputs = event.inputs ?? [];
    const outputs = event.outputs ?? [];
    const io = [
      ...inputs.map((dataset) => ({ dataset: this.addDataset(dataset), direction: 'input' as const })),
      ...outputs.map((dataset) => ({ dataset: this.addDataset(dataset, runId), direction: 'output' as const })),
    ];
    for (const edge of io) this.addEdge(job, edge.dataset, edge.direction);
    this.flows.push({ inputs, outputs });
    if (input.kind !== 'run') {
      this.versionSources.push({ job, runId: null, eventTime: event.eventTime, io });
      return;
    }

    const run = input.event;
    const state = run.eventType ?? 'OTHER';
    this.addRun(run.run.runId, job, state, run.eventTime, run.run.facets ?? {});
    for (const edge of io)
      this.runIo.set(`${run.run.runId}\u0000${edge.direction}\u0000${edge.dataset}`, { runId: run.run.runId, ...edge });
    if (isTerminal(state) || isStreaming(run.job.facets)) {
      this.versionSources.push({ job, runId: run.run.runId, eventTime: run.eventTime, io: [] });
    }
    for (const dataset of outputs) {
      this.versions.set(`${nodeKey(dataset)}\u0000${run.run.runId}`, {
        dataset: nodeKey(dataset),
        runId: run.run.runId,
        fields: dataset.facets?.schema?.fields ?? null,
        facets: { ...dataset.facets, ...dataset.outputFacets },
      });
      if (state === 'COMPLETE') this.completedOutputs.push(completedOutput(run.run.runId, run.eventTime, dataset));
    }
    for (const dataset of inputs) {
      const assertions = dataset.inputFacets?.dataQualityAssertions?.assertions;
      if (assertions !== undefined && assertions.length > 0) {
        this.assertions.push({ runId: run.run.runId, dataset: refOf(dataset), assertions });
      }
    }
  }

  sortedJobs(): JobRow[] {
    return sortByKey(this.jobs);
  }

  sortedDatasets(): DatasetRow[] {
    return sortByKey(this.datasets);
  }

  private addJob(job: DatasetRef & { facets?: JsonObject }, runId: string | null): NodeKey {
    const key = nodeKey(job);
    this.namespaces.add(job.namespace);
    const previous = this.jobs.get(key);
    this.jobs.set(key, {
      namespace: job.namespace,
      name: job.name,
      facets: { ...previous?.facets, ...job.facets },
      latestRunId: runId ?? previous?.latestRunId ?? null,
    });
    return key;
  }

  private addDataset(dataset: OpenLineageDataset, writtenBy: string | null = null): NodeKey {
    const key = nodeKey(dataset);
    this.namespaces.add(dataset.namespace);
    const previous = this.datasets.get(key);
    this.datasets.set(key, {
      namespace: dataset.namespace,
      name: dataset.name,
      fields: dataset.facets?.schema?.fields ?? previous?.fields ?? null,
      facets: { ...previous?.facets, ...dataset.facets },
      currentVersionRunId: writtenBy ?? previous?.currentVersionRunId ?? null,
    });
    for (const [field, lineage] of Object.entries(dataset.facets?.columnLineage?.fields ?? {})) {
      for (const source of lineage.inputFields) {
        const input = this.addReferencedDataset(source);
        const transformation = source.transformations?.[0];
        this.columnLineage.set([key, field, input, source.field].join('\u0000'), {
          dataset: key,
          field,
          input,
          inputField: source.field,
          transformationDescription:
            transformation?.description ??
            source.transformationDescription ??
            lineage.transformationDescription ??
            null,
          transformationType: transformation?.type ?? source.transformationType ?? lineage.transformationType ?? null,
        });
      }
    }
    return key;
  }

  /** A dataset that column lineage names without the event listing it: it must exist for the facet's rows. */
  private addReferencedDataset(ref: DatasetRef): NodeKey {
    const key = nodeKey(ref);
    if (!this.datasets.has(key)) {
      this.namespaces.add(ref.namespace);
      this.datasets.set(key, {
        namespace: ref.namespace,
        name: ref.name,
        fields: null,
        facets: {},
        currentVersionRunId: null,
      });
    }
    return key;
  }

  private addEdge(job: NodeKey, dataset: NodeKey, direction: EdgeRow['direction']): void {
    this.edges.set(`${job}\u0000${direction}\u0000${dataset}`, { job, dataset, direction });
  }

  private addRun(runId: string, job: NodeKey, state: RunState, eventTime: string, facets: JsonObject): void {
    this.transitions.push({ runId, state, eventTime });
    const previous = this.runs.get(runId);
    const later = previous === undefined || Date.parse(eventTime) >= Date.parse(previous.eventTime);
    const latest = later ? { state, eventTime } : { state: previous.state, eventTime: previous.eventTime };
    this.runs.set(runId, {
      runId,
      job,
      ...latest,
      startedAt: state === 'START' ? eventTime : (previous?.startedAt ?? null),
      endedAt: isTerminal(state) ? eventTime : (previous?.endedAt ?? null),
      facets: { ...previous?.facets, ...facets },
    });
  }
}

function isTerminal(state: RunState): boolean {
  return state === 'COMPLETE' || state === 'FAIL' || state === 'ABORT';
}

/** The jobType job facet says whether a job streams; a streaming run's versions change while it runs. */
function isStreaming(facets: JsonObject | undefined): boolean {
  const jobType = facets?.jobType as { processingType?: unknown } | undefined;
  return jobType?.processingType === 'STREAMING';
}

function refOf(dataset: DatasetRef): DatasetRef {
  return { namespace: dataset.namespace, name: dataset.name };
}

function completedOutput(runId: string, eventTime: string, dataset: OpenLineageDataset): CompletedOutput {
  const statistics = dataset.facets?.datasetStatistics as { rowCount?: unknown } | undefined;
  const rowsTotal = statistics?.rowCount;
  return {
    runId,
    dataset: refOf(dataset),
    eventTime,
    rowsAdded: dataset.outputFacets?.outputStatistics?.rowCount ?? null,
    rowsTotal: typeof rowsTotal === 'number' ? rowsTotal : null,
    datasetVersion: dataset.facets?.version?.datasetVersion ?? null,
  };
}

function sortByKey<T>(map: Map<NodeKey, T>): T[] {
  return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
}
