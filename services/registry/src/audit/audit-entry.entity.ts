import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One change: who made it, when, to what, and the subject before and after. Never holds secrets. */
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
}

/** The state of a subject as the audit log keeps it: what its API shows, minus anything secret. */
export type AuditSnapshot = Record<string, unknown>;
