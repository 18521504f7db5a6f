import type { Classification, DataProductDescriptor } from '@mesh/descriptor';
import type { PolicyViolation } from '@mesh/contracts';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { VersionState } from '../lifecycle/version-lifecycle';

/**
 * A data product of a domain. What describes it (title, tags...) is copied from its latest proposed version, so
 * that listing and searching need not read descriptors.
 */
@Entity({ name: 'products' })
export class ProductEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  domain!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text', nullable: true })
  owner!: string | null;

  @Column({ type: 'text', array: true })
  tags!: string[];

  @Column({ type: 'text' })
  classification!: Classification;

  @Column({ name: 'latest_version', type: 'text' })
  latestVersion!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

/** Why provisioning last failed, as provisioning reported it; cleared when the version is published. */
export interface ProvisioningFailure {
  jobId: string;
  port: string | null;
  reason: string;
  /** How often provisioning tried; null when the registry refused what provisioning reported. */
  attempts: number | null;
  failedAt: string;
}

/** A provisioned output port: the job that made it and where it is. */
export interface ProvisionedPort {
  jobId: string;
  address: string;
  provisionedAt: string;
}

/** One version of a product: its descriptor, immutable once proposed, and where it is in its lifecycle. */
@Entity({ name: 'product_versions' })
export class ProductVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'product_id', type: 'uuid' })
  productId!: string;

  @ManyToOne(() => ProductEntity)
  @JoinColumn({ name: 'product_id' })
  product!: ProductEntity;

  @Column({ type: 'text' })
  version!: string;

  @Column({ type: 'integer' })
  major!: number;

  /** SHA-256 of the descriptor's canonical JSON (content-hash.ts). */
  @Column({ name: 'content_hash', type: 'text' })
  contentHash!: string;

  /** `json` rather than `jsonb`: it keeps the descriptor's key order, so the YAML served back reads as written. */
  @Column({ type: 'json' })
  descriptor!: DataProductDescriptor;

  @Column({ type: 'text' })
  state!: VersionState;

  @Column({ name: 'state_changed_at', type: 'timestamptz', default: () => 'now()' })
  stateChangedAt!: Date;

  @Column({ name: 'proposed_by', type: 'uuid', nullable: true })
  proposedBy!: string | null;

  @CreateDateColumn({ name: 'proposed_at', type: 'timestamptz' })
  proposedAt!: Date;

  @Column({ name: 'decision_id', type: 'text', nullable: true })
  decisionId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  violations!: PolicyViolation[] | null;

  @Column({ name: 'provisioning_job_id', type: 'uuid', nullable: true })
  provisioningJobId!: string | null;

  /** By port name. */
  @Column({ name: 'provisioned_ports', type: 'jsonb' })
  provisionedPorts!: Record<string, ProvisionedPort>;

  @Column({ name: 'provisioning_failure', type: 'jsonb', nullable: true })
  provisioningFailure!: ProvisioningFailure | null;

  @Column({ name: 'sunset_at', type: 'timestamptz', nullable: true })
  sunsetAt!: Date | null;

  /** Mesh address consumers should move to. */
  @Column({ type: 'text', nullable: true })
  replacement!: string | null;

  @Column({ name: 'deprecation_reason', type: 'text', nullable: true })
  deprecationReason!: string | null;
}
