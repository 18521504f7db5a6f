import type { DataProductDescriptor, OutputPortType } from '@mesh/descriptor';
import {
  Column,
  CreateDateColumn,
  Entity,
  OneToMany,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  ManyToOne,
  JoinColumn,
} from 'typeorm';

export const FLOW_KINDS = ['provision', 'retire'] as const;
export type FlowKind = (typeof FLOW_KINDS)[number];

export const FLOW_STATES = ['running', 'completed', 'failed'] as const;
export type FlowState = (typeof FLOW_STATES)[number];

export const PORT_STATES = ['pending', 'done', 'failed'] as const;
export type PortState = (typeof PORT_STATES)[number];

/** The work on one version: provisioning its output ports, or tearing them down after its sunset. */
@Entity({ name: 'flows' })
export class FlowEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: FlowKind;

  @Column({ type: 'text' })
  domain!: string;

  @Column({ type: 'text' })
  product!: string;

  @Column({ type: 'text' })
  version!: string;

  /**
   * The job id the flow's events carry: for provisioning, the one `product.provisioning.started` announced, so that
   * the registry and operators follow one id; for a teardown, which nothing announces, the parent job's.
   */
  @Column({ name: 'job_id', type: 'text' })
  jobId!: string;

  /** The version's descriptor, as its proposal carried it. */
  @Column({ type: 'jsonb' })
  descriptor!: DataProductDescriptor;

  @Column({ type: 'text' })
  state!: FlowState;

  /** Of the event that started the flow; the events the flow emits carry it. */
  @Column({ name: 'correlation_id', type: 'text', nullable: true })
  correlationId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @OneToMany(() => FlowPortEntity, (port) => port.flow)
  ports!: FlowPortEntity[];
}

/** One output port of a flow: where it lives, how far its job got, and why it last failed. */
@Entity({ name: 'flow_ports' })
export class FlowPortEntity {
  @PrimaryColumn({ name: 'flow_id', type: 'uuid' })
  flowId!: string;

  @PrimaryColumn({ type: 'text' })
  name!: string;

  @ManyToOne(() => FlowEntity, (flow) => flow.ports)
  @JoinColumn({ name: 'flow_id' })
  flow!: FlowEntity;

  @Column({ type: 'text' })
  type!: OutputPortType;

  /** `namespace.table` or the topic, without MESH_TOPIC_PREFIX: what events carry. */
  @Column({ type: 'text' })
  address!: string;

  @Column({ type: 'text' })
  state!: PortState;

  /** What the job did: created, evolved, unchanged; dropped, archived, kept. */
  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  @Column({ type: 'integer' })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
