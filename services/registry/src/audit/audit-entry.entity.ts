import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One change: who made it, when, to what, and the subject before and after (the registry's own changes); or one
 * write request another service answered, allowed or refused. Never holds secrets.
 */
@Entity({ name: 'audit_log' })
export class AuditEntryEntity {
  /** bigint comes back from pg as a string: it can exceed 2^53. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  at!: Date;

  /** The acting principal; null for the registry itself (the bootstrap admin at start). */
  @Column({ type: 'uuid', nullable: true })
  actor!: string | null;

  @Column({ type: 'text' })
  action!: string;

  /** URN of the changed entity, e.g. urn:mesh:domain:sales. */
  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  domains!: string[];

  @Column({ type: 'jsonb', nullable: true })
  before!: AuditSnapshot | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: AuditSnapshot | null;

  /** The service that made the change or answered the write request. */
  @Column({ type: 'text', default: 'registry' })
  service!: string;

  /** The request that made it (x-request-id); null for work no request started, e.g. at start. */
  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId!: string | null;

  /** The path another service's write request went to; null for the registry's own changes. */
  @Column({ type: 'text', nullable: true })
  path!: string | null;

  /** The status another service answered with (401 and 403 are refused attempts); null for the registry's own. */
  @Column({ type: 'int', nullable: true })
  status!: number | null;
}

/** The state of a subject as the audit log keeps it: what its API shows, minus anything secret. */
export type AuditSnapshot = Record<string, unknown>;
