import { Listr, PRESET_TIMER, type ListrTask } from 'listr2';
import type { GatewayClient } from '../gateway/gateway-client';
import { colours } from '../output/colours';
import { formatDuration } from '../output/time';
import type { Stage, VersionProgress } from './version-progress';
import { pollVersion, type Violation } from './version-watch';

const POLL_INTERVAL_MS = 2_000;

/** A version being followed to publication, with the ports provisioning must create. */
export interface FollowedVersion {
  progress: VersionProgress;
  ports: readonly string[];
  /** When the apply was sent: stage times are measured from it. */
  appliedAt: number;
}

/** How a followed version ended. */
export interface FollowOutcome {
  product: string;
  version: string;
  outcome: 'published' | 'rejected' | 'failed';
  /** Each stage reached, with the time since the apply. */
  stages: { stage: Stage; afterMs: number }[];
  violations: Violation[];
  error?: string;
}

export type Renderer = 'default' | 'simple' | 'silent';

/**
 * Follows versions live until each is published, rejected or out of time: one line per stage, with how long it
 * took (listr2 redraws them in place on a terminal and prints them one after the other elsewhere). Events drive
 * it; a poll of each version every few seconds catches up on whatever the events did not say.
 */
export async function followLifecycles(
  gateway: GatewayClient,
  versions: readonly FollowedVersion[],
  options: { renderer: Renderer; timeoutMs: number },
): Promise<FollowOutcome[]> {
  const violations = new Map<VersionProgress, Violation[]>();
  const stopPolling = versions.map(({ progress }) => keepPolling(gateway.quiet(), progress, violations));
  const timeout = setTimeout(() => {
    for (const { progress } of versions)
      progress.fail(new Error(`not published within ${formatDuration(options.timeoutMs)}`));
  }, options.timeoutMs);
  const tasks = new Listr(
    versions.map((followed) => versionTask(followed)),
    {
      concurrent: true,
      exitOnError: false,
      renderer: options.renderer,
      rendererOptions: { timer: PRESET_TIMER, collapseSubtasks: false, collapseErrors: false },
    },
  );
  try {
    await tasks.run();
  } finally {
    clearTimeout(timeout);
    stopPolling.forEach((stop) => stop());
  }
  // The rejection's violations: the poll that saw it may still be on its way, so ask once more where needed.
  for (const { progress } of versions) {
    if (progress.rejected !== undefined && (violations.get(progress) ?? []).length === 0) {
      violations.set(progress, await pollVersion(gateway, progress));
    }
  }
  return versions.map((followed) => outcomeOf(followed, violations.get(followed.progress) ?? []));
}

function versionTask({ progress, ports }: FollowedVersion): ListrTask {
  const { domain, name, version } = progress.ref;
  return {
    title: `${domain}/${name}@${version}`,
    task: (_, task) =>
      task.newListr(
        [
          { title: 'proposed', task: () => progress.until('PROPOSED') },
          {
            title: 'governance',
            task: async (_, stage) => {
              await progress.until('APPROVED');
              stage.title = 'approved by governance';
            },
          },
          {
            title: 'provisioning',
            task: (_, stage) =>
              stage.newListr(
                ports.map((port) => ({
                  title: `port ${port}`,
                  task: (_, portTask) => untilPortShowingRetries(progress, port, portTask),
                })),
                { concurrent: true },
              ),
          },
          { title: 'published', task: () => progress.until('PUBLISHED') },
        ],
        { exitOnError: true },
      ),
  };
}

async function untilPortShowingRetries(
  progress: VersionProgress,
  port: string,
  task: { output: string },
): Promise<void> {
  const stop = progress.onChange(() => {
    const attempt = progress.lastAttempt(port);
    if (attempt !== undefined) task.output = `attempt ${attempt.attempts} failed: ${attempt.reason}; retrying`;
  });
  try {
    await progress.untilPort(port);
  } finally {
    stop();
  }
}

function keepPolling(
  gateway: GatewayClient,
  progress: VersionProgress,
  violations: Map<VersionProgress, Violation[]>,
): () => void {
  let stopped = false;
  const poll = async () => {
    while (!stopped && !progress.settled) {
      try {
        violations.set(progress, await pollVersion(gateway, progress));
      } catch {
        // A poll that fails is only a missed catch-up: a gateway that is really gone ends the subscriptions too.
      }
      await new Promise((wait) => setTimeout(wait, POLL_INTERVAL_MS));
    }
  };
  void poll();
  return () => {
    stopped = true;
  };
}

function outcomeOf({ progress, appliedAt }: FollowedVersion, violations: Violation[]): FollowOutcome {
  const stages = progress.timeline().map(({ stage, at }) => ({ stage, afterMs: Math.max(0, at - appliedAt) }));
  const base = { product: `${progress.ref.domain}/${progress.ref.name}`, version: progress.ref.version, stages };
  if (progress.rejected !== undefined) {
    // Without named violations (an older version, say), the event's messages still say why.
    const named =
      violations.length > 0
        ? violations
        : progress.rejected.reasons.map((message) => ({ policyId: '', severity: 'BLOCKING', message }));
    return { ...base, outcome: 'rejected', violations: named };
  }
  if (stages.some(({ stage }) => stage === 'PUBLISHED')) return { ...base, outcome: 'published', violations: [] };
  return { ...base, outcome: 'failed', violations: [], error: failureOf(progress) };
}

function failureOf(progress: VersionProgress): string {
  const reached = progress.timeline().at(-1)?.stage ?? 'not proposed';
  return `still ${reached.toLowerCase()}: follow it with \`mesh describe product ${progress.ref.domain}/${progress.ref.name}@${progress.ref.version}\``;
}

/** What to print under the task lines: every failed policy of a rejection, and why a version was not published. */
export function renderOutcomeProblems(outcomes: readonly FollowOutcome[]): string {
  const lines: string[] = [];
  for (const outcome of outcomes) {
    const label = colours.bold(`${outcome.product}@${outcome.version}`);
    if (outcome.outcome === 'rejected') {
      lines.push(`${label} was ${colours.red('rejected')} by governance:`);
      for (const violation of outcome.violations) {
        lines.push(
          `  ${colours.red('✖')} ${violation.policyId === '' ? '' : `${violation.policyId}: `}${violation.message}`,
        );
      }
    } else if (outcome.outcome === 'failed') {
      lines.push(`${label} was not published: ${outcome.error ?? 'unknown'}`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
