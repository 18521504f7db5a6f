import type { FlowEntity, FlowKind, FlowState, PortState } from './flow.entity';

/** A port job as BullMQ holds it, for operators. */
export interface JobView {
  id: string;
  /** BullMQ's state: waiting, delayed, active, completed, failed, waiting-children... */
  state: string;
  attemptsMade: number;
  progress: number;
  failedReason: string | null;
}

export interface PortFlowView {
  name: string;
  type: string;
  address: string;
  state: PortState;
  /** What the job did: created, evolved, unchanged; dropped, archived, kept. */
  outcome: string | null;
  /** Runs of the port's job so far, the one that succeeded included: its job's `attemptsMade` once it finished. */
  attempts: number;
  /** The reason of the last failed run; null once the port is done. */
  lastError: string | null;
  /** The job, when it is still in Redis (finished jobs stay a week); only in the detail of a flow. */
  job?: JobView | null;
}

export interface FlowView {
  kind: FlowKind;
  domain: string;
  product: string;
  version: string;
  state: FlowState;
  /** The id the flow's events carry: for provisioning, the one `product.provisioning.started` announced. */
  jobId: string;
  createdAt: Date;
  updatedAt: Date;
  completedAt: Date | null;
  ports: PortFlowView[];
}

export function toFlowView(flow: FlowEntity): FlowView {
  return {
    kind: flow.kind,
    domain: flow.domain,
    product: flow.product,
    version: flow.version,
    state: flow.state,
    jobId: flow.jobId,
    createdAt: flow.createdAt,
    updatedAt: flow.updatedAt,
    completedAt: flow.completedAt,
    ports: [...flow.ports]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map(({ name, type, address, state, outcome, attempts, lastError }) => ({
        name,
        type,
        address,
        state,
        outcome,
        attempts,
        lastError,
      })),
  };
}
