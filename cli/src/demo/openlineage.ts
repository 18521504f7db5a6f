import { randomUUID } from 'node:crypto';
import { CliError } from '../cli-error';
import { networkReason } from '../gateway/gateway-client';

const PRODUCER = 'https://github.com/data-mesh-platform/mesh/tree/main/cli#mesh-demo';
const RUN_EVENT_SCHEMA = 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent';

/** A dataset as OpenLineage names it: an Iceberg table by its identifier, a Kafka topic by its name. */
export interface LineageDataset {
  namespace: string;
  name: string;
}

/** One run of a job that read some datasets and wrote others. */
export interface JobRun {
  job: { namespace: string; name: string };
  inputs: LineageDataset[];
  outputs: LineageDataset[];
  /** When the run completed; a run in the past reports data that old. */
  completedAt: Date;
  durationMs: number;
}

/** The START and COMPLETE events of a run (spec 2-0-2). */
export function runEvents(run: JobRun): object[] {
  const runId = randomUUID();
  const event = (eventType: 'START' | 'COMPLETE', at: Date) => ({
    eventType,
    eventTime: at.toISOString(),
    producer: PRODUCER,
    schemaURL: RUN_EVENT_SCHEMA,
    run: { runId },
    job: run.job,
    inputs: run.inputs,
    outputs: run.outputs,
  });
  return [event('START', new Date(run.completedAt.getTime() - run.durationMs)), event('COMPLETE', run.completedAt)];
}

/**
 * Posts runs to the lineage service's OpenLineage endpoint, as an OpenLineage integration (Airflow, Spark, dbt)
 * would: it learns the jobs, the datasets and the product edges between them, and the publications they report.
 */
export async function postRuns(lineageUrl: string, token: string, runs: readonly JobRun[]): Promise<void> {
  if (runs.length === 0) return;
  const url = `${lineageUrl.replace(/\/+$/, '')}/api/v1/lineage/batch`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(runs.flatMap(runEvents)),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    throw new CliError(`cannot reach the lineage service at ${url}: ${networkReason(error)}`);
  }
  const text = await response.text();
  if (!response.ok)
    throw new CliError(`the lineage service refused the runs (${response.status}): ${text.slice(0, 300)}`);
  const answer = JSON.parse(text) as { rejected: number; results: { accepted: boolean; error?: unknown }[] };
  if (answer.rejected > 0) {
    const first = answer.results.find((result) => !result.accepted);
    throw new CliError(
      `the lineage service refused ${answer.rejected} event(s): ${JSON.stringify(first?.error ?? first).slice(0, 300)}`,
    );
  }
}
