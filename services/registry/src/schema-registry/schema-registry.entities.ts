import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A schema by its global id; the same canonical text is stored once, whichever subjects register it. */
@Entity({ name: 'sr_schemas' })
export class SchemaEntity {
  @PrimaryGeneratedColumn('identity', { type: 'integer', generatedIdentity: 'BY DEFAULT' })
  id!: number;

  /** SHA-256 of `schema`, hex. */
  @Column({ type: 'text', unique: true })
  fingerprint!: string;

  /** The canonical text (see avro-schema.ts). */
  @Column({ type: 'text' })
  schema!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** Version `version` of `subject` is the schema `schemaId`; versions count up from 1 without gaps. */
@Entity({ name: 'sr_subject_versions' })
export class SubjectVersionEntity {
  @PrimaryColumn({ type: 'text' })
  subject!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ name: 'schema_id', type: 'integer' })
  schemaId!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A compatibility level set for one subject, or globally under GLOBAL_SCOPE. */
@Entity({ name: 'sr_compatibility_configs' })
export class CompatibilityConfigEntity {
  @PrimaryColumn({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  compatibility!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

export const SCHEMA_REGISTRY_ENTITIES = [SchemaEntity, SubjectVersionEntity, CompatibilityConfigEntity] as const;
