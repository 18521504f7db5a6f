/**
 * What the load did and what each accepted write should make true once the mesh settles. A write that got no answer
 * (a fault cut it) is recorded as uncertain: it may or may not have happened, so it is checked for duplicates only.
 */
export interface AppliedVersion {
  domain: string;
  name: string;
  version: string;
  certain: boolean;
  appliedAt: number;
  /** When the registry showed it published (or rejected), as the load polled it; null until then. */
  settledAt: number | null;
}

export interface CommittedSnapshot {
  domain: string;
  name: string;
  version: string;
  snapshotId: string;
  /** Rows break the contract: quality must raise its alert. */
  bad: boolean;
  committedAt: number;
  /** When quality showed a result for it, as the load polled it; null until then. */
  checkedAt: number | null;
}

export interface PostedRun {
  namespace: string;
  job: string;
  output: string;
  certain: boolean;
}

export interface AccessChange {
  requestId: string;
  grantId: string;
  revoked: boolean;
}

/** One timed operation of the load, for latency before and during faults. */
export interface Sample {
  kind: 'apply-to-published' | 'commit-to-result' | 'read';
  at: number;
  ms: number;
}

export class Ledger {
  readonly versions: AppliedVersion[] = [];
  readonly snapshots: CommittedSnapshot[] = [];
  readonly runs: PostedRun[] = [];
  readonly access: AccessChange[] = [];
  readonly policies: string[] = [];
  readonly samples: Sample[] = [];
  /** Calls that failed, by kind: what the faults cost the users. */
  readonly failures: Record<string, number> = {};
  /** Applies the registry refused (4xx): the load sends only valid versions, so each one breaks the run. */
  readonly refusedApplies: string[] = [];
  /** Dead letters the load caused on purpose (poison messages), by original topic and offset. */
  readonly poisoned: { topic: string; offset: string }[] = [];

  fail(kind: string): void {
    this.failures[kind] = (this.failures[kind] ?? 0) + 1;
  }

  sample(kind: Sample['kind'], since: number): void {
    this.samples.push({ kind, at: Date.now(), ms: Date.now() - since });
  }
}
