import type { Hop } from './breadth-first';

/** A job's current version: the ids of the datasets it reads and writes. */
export interface JobIo {
  inputs: readonly string[];
  outputs: readonly string[];
}

export interface JobWithIo extends JobIo {
  jobId: string;
}

const datasetsOf = (io: JobIo | undefined) => (io === undefined ? [] : [...io.inputs, ...io.outputs]);

/**
 * One level of Marquez's lineage walk, for `breadthFirst` over job ids: from the jobs of the frontier to every job
 * whose current version shares a dataset with one of them, as input or output, whichever side (the walk ignores edge
 * direction). Each dataset is asked about once: the jobs around it were all reached the first time. `known` holds
 * each reached job's inputs and outputs (the start job's on entry) and grows as the walk goes.
 */
export function jobHops(
  known: Map<string, JobIo>,
  sharing: (datasetIds: string[]) => Promise<readonly JobWithIo[]>,
): (frontier: string[]) => Promise<Hop[]> {
  const asked = new Set<string>();
  return async (frontier) => {
    // Each dataset not asked about yet, with a frontier job that touches it (the hop's origin).
    const via = new Map<string, string>();
    for (const job of frontier) {
      for (const dataset of datasetsOf(known.get(job))) {
        if (!asked.has(dataset) && !via.has(dataset)) via.set(dataset, job);
      }
    }
    if (via.size === 0) return [];
    for (const dataset of via.keys()) asked.add(dataset);
    const hops: Hop[] = [];
    for (const row of await sharing([...via.keys()])) {
      if (!known.has(row.jobId)) known.set(row.jobId, { inputs: row.inputs, outputs: row.outputs });
      const shared = datasetsOf(row).find((dataset) => via.has(dataset));
      const from = shared === undefined ? undefined : via.get(shared);
      if (from !== undefined) hops.push({ from, to: row.jobId });
    }
    return hops;
  };
}
