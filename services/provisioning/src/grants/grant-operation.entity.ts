import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { PortState } from '../flows/flow.entity';

export type GrantOperationKind = 'apply' | 'revoke';

/** Applying or removing one grant in the catalog, as an access event asked. */
@Entity({ name: 'grant_operations' })
export class GrantOperationEntity {
  @PrimaryColumn({ name: 'grant_id', type: 'text' })
  grantId!: string;

  @PrimaryColumn({ type: 'text' })
  operation!: GrantOperationKind;

  @Column({ type: 'text' })
  principal!: string;

  @Column({ type: 'text' })
  domain!: string;

  @Column({ type: 'text' })
  product!: string;

  @Column({ type: 'text', nullable: true })
  port!: string | null;

  /** When the grant lapses; null for never. */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  /** Why the grant was revoked. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'text' })
  state!: PortState;

  @Column({ type: 'integer' })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'correlation_id', type: 'text', nullable: true })
  correlationId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
