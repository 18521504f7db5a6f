import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTRACTS_DIR } from './paths';

export interface SourceFile {
  /** Path relative to contracts/, with forward slashes; used in error messages. */
  path: string;
  json: unknown;
}

/** The raw content of contracts/, before any validation. */
export interface ContractFiles {
  envelope: SourceFile;
  /** contracts/types/*.avsc: named types shared by several payloads. */
  types: SourceFile[];
  /** contracts/events/<stream>/*.avsc: one payload per event. */
  events: SourceFile[];
  topics: SourceFile;
}

export function readContractFiles(contractsDir: string = CONTRACTS_DIR): ContractFiles {
  const read = (path: string): SourceFile => {
    try {
      return { path, json: JSON.parse(readFileSync(join(contractsDir, path), 'utf8')) };
    } catch (error) {
      throw new Error(`contracts/${path}: ${(error as Error).message}`, { cause: error });
    }
  };
  const schemasIn = (dir: string): string[] =>
    readdirSync(join(contractsDir, dir))
      .filter((name) => name.endsWith('.avsc'))
      .sort()
      .map((name) => `${dir}/${name}`);
  const streams = readdirSync(join(contractsDir, 'events'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return {
    envelope: read('envelope.avsc'),
    types: schemasIn('types').map(read),
    events: streams.flatMap((stream) => schemasIn(`events/${stream}`)).map(read),
    topics: read('topics.json'),
  };
}
