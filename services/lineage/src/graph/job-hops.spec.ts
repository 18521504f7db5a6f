import { breadthFirst } from './breadth-first';
import { jobHops, type JobIo, type JobWithIo } from './job-hops';

/**
 * Issue 26's fixture: 25 layers of 4 datasets; job_{l}_{i} reads l{l-1}.ds{i} and l{l-1}.ds{i+1 mod 4} and writes
 * l{l}.ds{i}.
 */
function layers(): JobWithIo[] {
  const jobs: JobWithIo[] = [];
  for (let layer = 1; layer <= 24; layer++) {
    for (let i = 0; i < 4; i++) {
      jobs.push({
        jobId: `job_${layer}_${i}`,
        inputs: [`l${layer - 1}.ds${i}`, `l${layer - 1}.ds${(i + 1) % 4}`],
        outputs: [`l${layer}.ds${i}`],
      });
    }
  }
  return jobs;
}

async function walk(jobs: JobWithIo[], start: string, depth: number) {
  const byId = new Map(jobs.map((job) => [job.jobId, job]));
  const known = new Map<string, JobIo>([[start, byId.get(start) as JobIo]]);
  const asked: string[][] = [];
  const sharing = async (datasetIds: string[]) => {
    asked.push(datasetIds);
    return jobs.filter((job) => [...job.inputs, ...job.outputs].some((dataset) => datasetIds.includes(dataset)));
  };
  const reached = [...(await breadthFirst([start], depth, jobHops(known, sharing))).depths.keys()];
  const datasets = new Set(
    reached.flatMap((job) => [...(known.get(job)?.inputs ?? []), ...(known.get(job)?.outputs ?? [])]),
  );
  return { jobs: reached, datasets, asked };
}

describe('jobHops', () => {
  it('walks in job hops whatever the edge direction, as Marquez counts them', async () => {
    const jobs = layers();
    const counts = [];
    for (const depth of [1, 2, 3, 5, 20]) {
      const reached = await walk(jobs, 'job_12_0', depth);
      counts.push(reached.jobs.length + reached.datasets.size);
    }
    expect(counts).toEqual([19, 41, 60, 92, 196]);

    const near = await walk(jobs, 'job_12_0', 1);
    expect(near.jobs.sort()).toEqual([
      'job_11_0',
      'job_11_1',
      'job_12_0',
      'job_12_1',
      'job_12_3',
      'job_13_0',
      'job_13_3',
    ]);
  });

  it('asks about each dataset once, so a cycle ends the walk', async () => {
    const cycle: JobWithIo[] = [
      { jobId: 'ab', inputs: ['a'], outputs: ['b'] },
      { jobId: 'bc', inputs: ['b'], outputs: ['c'] },
      { jobId: 'ca', inputs: ['c'], outputs: ['a'] },
    ];
    const reached = await walk(cycle, 'ab', 100);
    expect(reached.jobs.sort()).toEqual(['ab', 'bc', 'ca']);
    const asked = reached.asked.flat();
    expect(asked.sort()).toEqual(['a', 'b', 'c']);
  });

  it('stays on a job without a current version', async () => {
    const reached = await walk([{ jobId: 'new', inputs: [], outputs: [] }], 'new', 20);
    expect(reached).toEqual({ jobs: ['new'], datasets: new Set(), asked: [] });
  });
});
