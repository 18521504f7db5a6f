import { Injectable } from '@nestjs/common';
import { AvroSchema, InvalidAvroSchemaError, parseAvroSchema } from './avro-schema';
import { CompatibilityLevel, compatibilityProblems, DEFAULT_COMPATIBILITY } from './compatibility';
import { SchemaRegistryError } from './schema-registry.errors';
import { CompatibilitySettings, RegisteredSchema, SchemaRegistryRepository } from './schema-registry.repository';

/** A schema as clients send it. */
export interface SchemaInput {
  schema: string;
  schemaType?: string;
  references?: readonly unknown[];
}

export type VersionRef = number | 'latest';

@Injectable()
export class SchemaRegistryService {
  constructor(private readonly repository: SchemaRegistryRepository) {}

  subjects(): Promise<string[]> {
    return this.repository.store.subjects();
  }

  async versions(subject: string): Promise<number[]> {
    const versions = await this.repository.store.versionNumbers(subject);
    if (versions.length === 0) throw subjectNotFound(subject);
    return versions;
  }

  async version(subject: string, version: VersionRef): Promise<RegisteredSchema> {
    const found = await this.repository.store.version(subject, version);
    if (found !== null) return found;
    if (version === 'latest' || !(await this.repository.store.hasSubject(subject))) throw subjectNotFound(subject);
    throw new SchemaRegistryError('version_not_found', `Version ${version} not found for subject "${subject}"`);
  }

  async schema(id: number): Promise<string> {
    const schema = await this.repository.store.schema(id);
    if (schema === null) throw new SchemaRegistryError('schema_not_found', `Schema ${id} not found`);
    return schema;
  }

  async usages(id: number): Promise<{ subject: string; version: number }[]> {
    await this.schema(id);
    return this.repository.store.usages(id);
  }

  /**
   * Registers the schema under the subject and returns its global id. A schema the subject already has keeps its
   * id and version, so registering is idempotent; a new one must be compatible with the subject's history.
   */
  async register(subject: string, input: SchemaInput): Promise<number> {
    const schema = parse(input);
    // Most registrations repeat a known schema (every producer at start-up); they need no lock.
    const known = await this.repository.store.versionWithFingerprint(subject, schema.fingerprint);
    if (known !== null) return known.id;
    return this.repository.withSubjectLock(subject, async (store) => {
      const registered = await store.versionWithFingerprint(subject, schema.fingerprint);
      if (registered !== null) return registered.id;
      const level = effectiveLevel(await store.compatibility(subject));
      const problems = compatibilityProblems(schema.type, await store.history(subject), level);
      if (problems.length > 0) {
        throw new SchemaRegistryError(
          'incompatible_schema',
          `Schema being registered is incompatible with an earlier schema for subject "${subject}": ${problems.join('; ')}`,
        );
      }
      const id = await store.schemaId(schema);
      await store.appendVersion(subject, id);
      return id;
    });
  }

  /** The version of the subject that has this schema. */
  async lookup(subject: string, input: SchemaInput): Promise<RegisteredSchema> {
    const schema = parse(input);
    const found = await this.repository.store.versionWithFingerprint(subject, schema.fingerprint);
    if (found !== null) return found;
    if (!(await this.repository.store.hasSubject(subject))) throw subjectNotFound(subject);
    throw new SchemaRegistryError('schema_not_found', `Schema not found in subject "${subject}"`);
  }

  /**
   * Why the schema could not be registered under the subject's level (empty when it could): compared with one
   * version, or with the versions a registration would be compared with when `version` is undefined.
   */
  async compatibilityProblems(subject: string, version: VersionRef | undefined, input: SchemaInput): Promise<string[]> {
    const schema = parse(input);
    const level = effectiveLevel(await this.repository.store.compatibility(subject));
    const history =
      version === undefined ? await this.repository.store.history(subject) : [await this.version(subject, version)];
    return compatibilityProblems(schema.type, history, level);
  }

  async globalCompatibility(): Promise<CompatibilityLevel> {
    return (await this.repository.store.compatibility(null)).global ?? DEFAULT_COMPATIBILITY;
  }

  /** The subject's own level; with `defaultToGlobal`, the level that applies to it when it has none. */
  async subjectCompatibility(subject: string, defaultToGlobal: boolean): Promise<CompatibilityLevel> {
    const settings = await this.repository.store.compatibility(subject);
    if (defaultToGlobal) return effectiveLevel(settings);
    if (settings.subject === undefined) {
      throw new SchemaRegistryError(
        'subject_compatibility_not_found',
        `Subject "${subject}" does not have subject-level compatibility configured`,
      );
    }
    return settings.subject;
  }

  /** Sets the subject's level, or the global one when `subject` is null. */
  setCompatibility(subject: string | null, level: CompatibilityLevel): Promise<void> {
    return this.repository.store.setCompatibility(subject, level);
  }
}

function parse(input: SchemaInput): AvroSchema {
  if (input.schemaType !== undefined && input.schemaType !== 'AVRO') {
    throw new SchemaRegistryError(
      'invalid_schema',
      `Invalid schema: schemaType ${input.schemaType} is not supported, only AVRO`,
    );
  }
  if (input.references !== undefined && input.references.length > 0) {
    throw new SchemaRegistryError('invalid_schema', 'Invalid schema: schema references are not supported');
  }
  try {
    return parseAvroSchema(input.schema);
  } catch (error) {
    if (error instanceof InvalidAvroSchemaError) {
      throw new SchemaRegistryError('invalid_schema', `Invalid schema: ${error.message}`);
    }
    throw error;
  }
}

function effectiveLevel(settings: CompatibilitySettings): CompatibilityLevel {
  return settings.subject ?? settings.global ?? DEFAULT_COMPATIBILITY;
}

function subjectNotFound(subject: string): SchemaRegistryError {
  return new SchemaRegistryError('subject_not_found', `Subject "${subject}" not found`);
}
