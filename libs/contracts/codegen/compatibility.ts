import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { avroTypeFor } from '../src/avro';
import { RELEASED_DIR } from './paths';

export interface ReleasedSchema {
  release: number;
  schema: object;
}

/**
 * Why `current` cannot replace `released` on the same topic, or nothing. BACKWARD: consumers on the current schema
 * read events written with the released one; FORWARD: consumers still on the released schema read events written
 * with the current one. avsc's resolver throws exactly when the reader cannot read the writer.
 */
export function compatibilityProblems(current: object, released: object): string[] {
  const currentType = avroTypeFor(current);
  const releasedType = avroTypeFor(released);
  const problems: string[] = [];
  const check = (direction: string, resolve: () => unknown) => {
    try {
      resolve();
    } catch (error) {
      problems.push(`not ${direction} compatible: ${(error as Error).message}`);
    }
  };
  check('BACKWARD', () => currentType.createResolver(releasedType));
  check('FORWARD', () => releasedType.createResolver(currentType));
  return problems;
}

/** Release numbers in contracts/released/, ascending. */
export function releases(releasedDir: string = RELEASED_DIR): number[] {
  if (!existsSync(releasedDir)) return [];
  return readdirSync(releasedDir)
    .filter((name) => /^[1-9][0-9]*$/.test(name))
    .map(Number)
    .sort((a, b) => a - b);
}

/** contracts/released/<release>/schemas.json: event type → composed schema text, exactly as registered. */
export function releaseFile(release: number, releasedDir: string = RELEASED_DIR): string {
  return join(releasedDir, String(release), 'schemas.json');
}

/** The most recent released schema of each event type that has one. */
export function latestReleasedSchemas(releasedDir: string = RELEASED_DIR): Map<string, ReleasedSchema> {
  const latest = new Map<string, ReleasedSchema>();
  for (const release of releases(releasedDir)) {
    const schemas = JSON.parse(readFileSync(releaseFile(release, releasedDir), 'utf8')) as Record<string, string>;
    for (const [eventType, schema] of Object.entries(schemas)) {
      latest.set(eventType, { release, schema: JSON.parse(schema) as object });
    }
  }
  return latest;
}
