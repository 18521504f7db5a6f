import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import type { PrincipalKind, Role } from '@mesh/platform';

/** A user or a service account; what it may do follows from its roles. */
@Entity({ name: 'principals' })
export class PrincipalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  name!: string;

  @Column({ type: 'text' })
  kind!: PrincipalKind;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @OneToMany(() => PrincipalRoleEntity, (grant) => grant.principal)
  roles!: PrincipalRoleEntity[];
}

/** One role of a principal, in one domain for the domain roles. */
@Entity({ name: 'principal_roles' })
export class PrincipalRoleEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'principal_id', type: 'uuid' })
  principalId!: string;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ type: 'text', nullable: true })
  domain!: string | null;

  @ManyToOne(() => PrincipalEntity, (principal) => principal.roles)
  @JoinColumn({ name: 'principal_id' })
  principal!: PrincipalEntity;
}
