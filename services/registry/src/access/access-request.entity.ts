import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProductEntity } from '../products/product.entity';
import type { AccessState } from './access-lifecycle';

/** A principal's request to read a product, and what became of it: the grant, its denial or its revocation. */
@Entity({ name: 'access_requests' })
export class AccessRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'product_id', type: 'uuid' })
  productId!: string;

  @ManyToOne(() => ProductEntity)
  @JoinColumn({ name: 'product_id' })
  product!: ProductEntity;

  /** Who would receive access. */
  @Column({ name: 'principal_id', type: 'uuid' })
  principalId!: string;

  @Column({ name: 'requested_by', type: 'uuid' })
  requestedBy!: string;

  @Column({ type: 'text' })
  purpose!: string;

  /** When the access lapses. */
  @Column({ type: 'timestamptz' })
  until!: Date;

  @Column({ type: 'text' })
  state!: AccessState;

  /** Set when granted; the catalog's grant carries it. */
  @Column({ name: 'grant_id', type: 'uuid', nullable: true })
  grantId!: string | null;

  /** Null when granted automatically. */
  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'revoked_by', type: 'uuid', nullable: true })
  revokedBy!: string | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revocation_reason', type: 'text', nullable: true })
  revocationReason!: string | null;

  /** Milliseconds, so that the (createdAt, id) cursors round-trip through JavaScript dates. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  /** Milliseconds too, so that it is never before createdAt. */
  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt!: Date;
}
