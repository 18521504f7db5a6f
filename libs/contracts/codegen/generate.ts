// Writes libs/contracts/src/generated/ from contracts/: `npm run generate -w libs/contracts`.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildContracts, ContractError } from './build-contracts';
import { readContractFiles } from './contract-files';
import { GENERATED_DIR } from './paths';
import { renderGeneratedFiles } from './render-typescript';

function generate(): void {
  const files = renderGeneratedFiles(buildContracts(readContractFiles()));
  mkdirSync(GENERATED_DIR, { recursive: true });
  for (const name of readdirSync(GENERATED_DIR)) {
    if (!files.has(name)) rmSync(join(GENERATED_DIR, name));
  }
  for (const [name, text] of files) writeFileSync(join(GENERATED_DIR, name), text);
  console.log(`wrote ${[...files.keys()].join(', ')} to libs/contracts/src/generated/`);
}

try {
  generate();
} catch (error) {
  console.error(error instanceof ContractError ? error.message : error);
  process.exitCode = 1;
}
