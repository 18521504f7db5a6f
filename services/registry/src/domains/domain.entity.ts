import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A business domain: it owns data products, and its principals may change them. */
@Entity({ name: 'domains' })
export class DomainEntity {
  /** Kebab-case, unique, never changes. */
  @PrimaryColumn({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'owning_team', type: 'text' })
  owningTeam!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
