import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PrincipalEntity } from '../principals/principal.entity';

/** An API token of a principal. The token itself is never stored: only its SHA-256, by which it is found. */
@Entity({ name: 'api_tokens' })
export class ApiTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'principal_id', type: 'uuid' })
  principalId!: string;

  @ManyToOne(() => PrincipalEntity)
  @JoinColumn({ name: 'principal_id' })
  principal!: PrincipalEntity;

  @Column({ type: 'text' })
  name!: string;

  /** SHA-256 of the token, hex. */
  @Column({ type: 'text', unique: true })
  hash!: string;

  /** Installed at start from MESH_ADMIN_TOKEN rather than created through the API. */
  @Column({ type: 'boolean', default: false })
  bootstrap!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;
}
