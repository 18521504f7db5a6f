// Wire names of provisioning's BullMQ work: frozen, because jobs already queued in Redis carry them, and a
// renamed queue or job would strand them.

/** The one queue of provisioning; MESH_TOPIC_PREFIX is put before it, so that test runs stay apart. */
export const PROVISIONING_QUEUE = 'provisioning';

export const JOB_NAMES = {
  /** Parent of a version's port jobs: runs once they all completed, and closes the flow. */
  provisionVersion: 'provision-version',
  provisionPort: 'provision-port',
  retireVersion: 'retire-version',
  retirePort: 'retire-port',
  applyGrant: 'apply-grant',
  revokeGrant: 'revoke-grant',
  /** Delayed until a grant expires: takes its Kafka ACL away (the catalog checks expiry itself at every read). */
  expireGrant: 'expire-grant',
} as const;

/** The backoff of every job: exponential, capped (ProvisioningWorker computes it). Stored in each job's options. */
export const BACKOFF_TYPE = 'capped-exponential';

export type JobName = (typeof JOB_NAMES)[keyof typeof JOB_NAMES];

/** What each job carries: the row its work is recorded in; everything else is read from Postgres. */
export interface JobData {
  'provision-version': { flowId: string };
  'provision-port': { flowId: string; port: string };
  'retire-version': { flowId: string };
  'retire-port': { flowId: string; port: string };
  'apply-grant': { grantId: string };
  'revoke-grant': { grantId: string };
  'expire-grant': { grantId: string };
}

export interface VersionKey {
  domain: string;
  product: string;
  version: string;
}

/**
 * Job ids, which are the idempotency keys of the work: adding a job whose id exists changes nothing, so an event
 * consumed twice (a crash before its offset was committed) never queues its work twice.
 */
export const JOB_IDS = {
  version: (kind: 'provision' | 'retire', { domain, product, version }: VersionKey) =>
    `${kind}.${domain}.${product}.${version}`,
  port: (kind: 'provision' | 'retire', key: VersionKey, port: string) => `${JOB_IDS.version(kind, key)}.${port}`,
  grant: (operation: 'apply' | 'revoke' | 'expire', grantId: string) => `grant.${operation}.${grantId}`,
};
