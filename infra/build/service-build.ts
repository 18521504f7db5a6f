// The production build: every service and the libs it imports, compiled by SWC into dist/, which mirrors the
// repository (dist/services/registry/src/main.js beside dist/libs/platform/src/index.js), so that paths relative to a
// module's own folder (a JSON schema, the gateway's schema.graphql) hold in both trees. `@mesh/*` imports are rewritten
// to relative paths: dist needs only the third-party node_modules, which is what an image ships.
//
// It is incremental, file by file: a module is compiled again only when its source is newer than its output, and
// outputs whose source is gone are removed. A change of the compiler's options (or of SWC) rebuilds everything.
import { transformFileSync, version as swcVersion, type Options } from '@swc/core';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

export const REPO = join(__dirname, '../..');
export const DIST = join(REPO, 'dist');

/**
 * The node flags every compiled service runs with (`./platform start`, the tests, the images), kept in one file that
 * the platform script and the Dockerfile read too. A young generation of 4 MB instead of V8's default 16 MB keeps a
 * service at rest well under 120 MB of RSS (bench/platform/footprint-bench.ts); requests allocate little, so the extra
 * scavenges cost next to nothing.
 */
export const SERVICE_NODE_OPTIONS = readFileSync(join(__dirname, 'node-options'), 'utf8').trim().split(/\s+/);

/** The workspace libs a service may import (the testing lib is for tests only). */
const LIBS = ['contracts', 'descriptor', 'messaging', 'platform', 'registry-client', 'storage'];
/** What runs beside the services: the balancer in front of their instances when there are several. */
const TOOLS = ['infra/balancer'];

/** Files of a project that are not part of what runs: tests, docs and the tools' configuration. */
const LEFT_OUT = [/\.spec\.ts$/, /\.md$/, /^jest\.config\.js$/, /^tsconfig.*\.json$/, /^package\.json$/];
const LEFT_OUT_DIRECTORIES = new Set(['test', 'node_modules', 'dist', 'codegen', 'openapi']);

const OPTIONS: Options = {
  swcrc: false,
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    // Nest's dependency injection reads the constructor parameters' types from the decorators' metadata.
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    baseUrl: REPO,
    paths: Object.fromEntries(LIBS.map((lib) => [`@mesh/${lib}`, [`libs/${lib}/src/index.ts`]])),
  },
  module: { type: 'commonjs' },
  sourceMaps: true,
};

export interface BuildOutcome {
  compiled: number;
  copied: number;
  removed: number;
  upToDate: number;
  ms: number;
}

/** Compiles the named services (all of them when none is named) and every lib into dist/. */
export function buildServices(names: readonly string[] = allServices()): BuildOutcome {
  const started = Date.now();
  const outcome: BuildOutcome = { compiled: 0, copied: 0, removed: 0, upToDate: 0, ms: 0 };
  for (const name of names) {
    if (!existsSync(join(REPO, 'services', name, 'src/main.ts'))) throw new Error(`no service named '${name}'`);
  }
  resetWhenOptionsChanged();
  for (const project of [...LIBS.map((lib) => `libs/${lib}`), ...TOOLS, ...names.map((name) => `services/${name}`)]) {
    buildProject(project, outcome);
  }
  outcome.ms = Date.now() - started;
  return outcome;
}

/** Where the compiled balancer is (infra/balancer). */
export const BALANCER_ENTRY_POINT = join(DIST, 'infra/balancer/balancer.js');

/** Where a service's compiled entry point is. */
export function serviceEntryPoint(name: string): string {
  return join(DIST, 'services', name, 'src/main.js');
}

export function allServices(): string[] {
  return readdirSync(join(REPO, 'services')).filter((name) => existsSync(join(REPO, 'services', name, 'src/main.ts')));
}

function resetWhenOptionsChanged(): void {
  const stamp = join(DIST, '.build-options');
  const current = createHash('sha256').update(swcVersion).update(JSON.stringify(OPTIONS)).digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === current) return;
  rmSync(DIST, { recursive: true, force: true });
  mkdirSync(DIST, { recursive: true });
  writeFileSync(stamp, current);
}

function buildProject(project: string, outcome: BuildOutcome): void {
  const expected = new Set<string>();
  for (const source of projectFiles(join(REPO, project))) {
    const isModule = source.endsWith('.ts');
    const target = join(DIST, relative(REPO, source)).replace(/\.ts$/, '.js');
    expected.add(target);
    if (isModule) expected.add(`${target}.map`);
    if (existsSync(target) && statSync(target).mtimeMs >= statSync(source).mtimeMs) {
      outcome.upToDate++;
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    if (isModule) {
      compileModule(source, target);
      outcome.compiled++;
    } else {
      writeAtomically(target, readFileSync(source));
      outcome.copied++;
    }
  }
  outcome.removed += removeOrphans(join(DIST, project), expected);
}

function compileModule(source: string, target: string): void {
  const { code, map } = transformFileSync(source, { ...OPTIONS, filename: source, sourceFileName: source });
  if (map !== undefined) writeAtomically(`${target}.map`, map);
  writeAtomically(target, `${code}\n//# sourceMappingURL=${basename(target)}.map\n`);
}

/** Builds may run side by side (`nx run-many -t build`): a reader never sees half a file. */
function writeAtomically(path: string, content: string | Buffer): void {
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, content);
  renameSync(partial, path);
}

function* projectFiles(directory: string): Generator<string> {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!LEFT_OUT_DIRECTORIES.has(entry.name)) yield* projectFiles(path);
    } else if (!LEFT_OUT.some((pattern) => pattern.test(entry.name))) {
      yield path;
    }
  }
}

function removeOrphans(directory: string, expected: ReadonlySet<string>): number {
  if (!existsSync(directory)) return 0;
  let removed = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile() && !expected.has(path)) {
      rmSync(path);
      removed++;
    }
  }
  return removed;
}
