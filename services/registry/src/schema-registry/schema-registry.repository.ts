import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { AvroSchema } from './avro-schema';
import type { CompatibilityLevel } from './compatibility';
import { CompatibilityConfigEntity, SchemaEntity, SubjectVersionEntity } from './schema-registry.entities';

/** A version of a subject as the API shows it. */
export interface RegisteredSchema {
  subject: string;
  version: number;
  id: number;
  schema: string;
}

/** The compatibility levels that apply to a subject: its own, and the global one; absent when never set. */
export interface CompatibilitySettings {
  subject?: CompatibilityLevel;
  global?: CompatibilityLevel;
}

/** The key of the global compatibility row; subject names are never empty, so no subject can clash with it. */
const GLOBAL_SCOPE = '';

/** First key of the per-subject advisory lock, which keeps it apart from other advisory locks in the database. */
const SUBJECT_LOCK_CLASS = 0x53520001;

/** The registry's queries, over either the pool or one transaction. */
export class SchemaStore {
  constructor(private readonly manager: EntityManager) {}

  async subjects(): Promise<string[]> {
    const rows = await this.manager
      .createQueryBuilder(SubjectVersionEntity, 'v')
      .select('v.subject', 'subject')
      .distinct(true)
      .orderBy('v.subject')
      .getRawMany<{ subject: string }>();
    return rows.map((row) => row.subject);
  }

  hasSubject(subject: string): Promise<boolean> {
    return this.manager.exists(SubjectVersionEntity, { where: { subject } });
  }

  async versionNumbers(subject: string): Promise<number[]> {
    const rows = await this.manager.find(SubjectVersionEntity, {
      select: { version: true },
      where: { subject },
      order: { version: 'ASC' },
    });
    return rows.map((row) => row.version);
  }

  /** Every version of the subject, oldest first. */
  history(subject: string): Promise<RegisteredSchema[]> {
    return this.registered(subject).orderBy('v.version', 'ASC').getRawMany<RegisteredSchema>();
  }

  async version(subject: string, version: number | 'latest'): Promise<RegisteredSchema | null> {
    const query = this.registered(subject);
    if (version === 'latest') query.orderBy('v.version', 'DESC').limit(1);
    else query.andWhere('v.version = :version', { version });
    return (await query.getRawOne<RegisteredSchema>()) ?? null;
  }

  /** The version of the subject whose schema has this fingerprint, if the subject has it. */
  async versionWithFingerprint(subject: string, fingerprint: string): Promise<RegisteredSchema | null> {
    const query = this.registered(subject).andWhere('s.fingerprint = :fingerprint', { fingerprint });
    return (await query.getRawOne<RegisteredSchema>()) ?? null;
  }

  async schema(id: number): Promise<string | null> {
    const row = await this.manager.findOne(SchemaEntity, { select: { schema: true }, where: { id } });
    return row?.schema ?? null;
  }

  /** The subject versions that use the schema. */
  async usages(id: number): Promise<{ subject: string; version: number }[]> {
    const rows = await this.manager.find(SubjectVersionEntity, {
      select: { subject: true, version: true },
      where: { schemaId: id },
      order: { subject: 'ASC', version: 'ASC' },
    });
    return rows.map(({ subject, version }) => ({ subject, version }));
  }

  /** The levels set for the subject and globally; only the global one when `subject` is null. */
  async compatibility(subject: string | null): Promise<CompatibilitySettings> {
    const scopes = subject === null ? [GLOBAL_SCOPE] : [subject, GLOBAL_SCOPE];
    const rows = await this.manager.find(CompatibilityConfigEntity, { where: { subject: In(scopes) } });
    // The table's check constraint admits only the known levels.
    const levelOf = (scope: string | null) =>
      rows.find((row) => row.subject === scope)?.compatibility as CompatibilityLevel | undefined;
    return { subject: levelOf(subject), global: levelOf(GLOBAL_SCOPE) };
  }

  /** Sets the level of `subject`, or the global level when `subject` is null. */
  async setCompatibility(subject: string | null, level: CompatibilityLevel): Promise<void> {
    await this.manager
      .createQueryBuilder()
      .insert()
      .into(CompatibilityConfigEntity)
      .values({ subject: subject ?? GLOBAL_SCOPE, compatibility: level, updatedAt: () => 'now()' })
      .orUpdate(['compatibility', 'updated_at'], ['subject'])
      .execute();
  }

  /** The global id of the schema, stored now unless another subject registered the same text before. */
  async schemaId(schema: AvroSchema): Promise<number> {
    const inserted = await this.manager
      .createQueryBuilder()
      .insert()
      .into(SchemaEntity)
      .values({ fingerprint: schema.fingerprint, schema: schema.canonical })
      .orIgnore()
      .returning('id')
      .execute();
    const row = inserted.raw as { id: number }[];
    if (row.length > 0) return row[0].id;
    // Inserted by someone else, committed: the conflict waited for it, and this statement sees it.
    const existing = await this.manager.findOneOrFail(SchemaEntity, {
      select: { id: true },
      where: { fingerprint: schema.fingerprint },
    });
    return existing.id;
  }

  /** Adds the schema as the subject's next version and returns that version. Call it holding the subject lock. */
  async appendVersion(subject: string, schemaId: number): Promise<number> {
    const rows = (await this.manager.query(
      `INSERT INTO sr_subject_versions (subject, version, schema_id)
       SELECT $1, COALESCE(MAX(version), 0) + 1, $2 FROM sr_subject_versions WHERE subject = $1
       RETURNING version`,
      [subject, schemaId],
    )) as { version: number }[];
    return rows[0].version;
  }

  private registered(subject: string) {
    return this.manager
      .createQueryBuilder(SubjectVersionEntity, 'v')
      .innerJoin(SchemaEntity, 's', 's.id = v.schemaId')
      .select('v.subject', 'subject')
      .addSelect('v.version', 'version')
      .addSelect('s.id', 'id')
      .addSelect('s.schema', 'schema')
      .where('v.subject = :subject', { subject });
  }
}

@Injectable()
export class SchemaRegistryRepository {
  /** Reads outside a transaction. */
  readonly store: SchemaStore;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.store = new SchemaStore(dataSource.manager);
  }

  /**
   * Runs `work` in a transaction holding the subject's lock. Registrations of one subject queue on it, so each
   * checks compatibility against the true latest version and takes the next number; subjects do not wait for
   * each other. The lock is released with the transaction, even when the connection dies.
   */
  withSubjectLock<T>(subject: string, work: (store: SchemaStore) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [SUBJECT_LOCK_CLASS, subject]);
      return work(new SchemaStore(manager));
    });
  }
}
