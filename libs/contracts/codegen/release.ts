// Snapshots the current composed schemas as a release: `npm run release -w libs/contracts -- <number>`.
// Releases are immutable; the compatibility test compares every current schema with its latest release.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildContracts } from './build-contracts';
import { compatibilityProblems, latestReleasedSchemas, releaseFile, releases } from './compatibility';
import { readContractFiles } from './contract-files';

function release(argument: string | undefined): void {
  const number = Number(argument);
  const previous = releases().at(-1) ?? 0;
  if (!Number.isInteger(number) || number <= previous) {
    throw new Error(`usage: npm run release -w libs/contracts -- <release number greater than ${previous}>`);
  }
  const { events } = buildContracts(readContractFiles());
  const released = latestReleasedSchemas();
  const problems = events.flatMap((event) => {
    const last = released.get(event.type);
    if (last === undefined) return [];
    return compatibilityProblems(event.schema, last.schema).map((problem) => `${event.type}: ${problem}`);
  });
  if (problems.length > 0) throw new Error(`not releasing incompatible schemas:\n  ${problems.join('\n  ')}`);
  // The exact schema text the codec registers (one JSON string per event): a release records what went out, and
  // whole schemas stay single tokens rather than pages of repeated envelope fields.
  const schemas = Object.fromEntries(events.map((event) => [event.type, JSON.stringify(event.schema)]));
  const file = releaseFile(number);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(schemas, null, 2)}\n`);
  console.log(`released ${events.length} event schemas as contracts/released/${number}/`);
}

try {
  release(process.argv[2]);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
