import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { CliError } from '../cli-error';

/** The kinds `mesh apply` knows, in the order it applies them: a product needs its domain, and policies gate it. */
export const KINDS = ['Domain', 'Policy', 'DataProduct'] as const;
export type Kind = (typeof KINDS)[number];

/** One YAML document of a file: what it is, where it came from, and its content. */
export interface MeshDocument {
  kind: Kind;
  /** `file` for a single document, `file#2` for the second of several. */
  source: string;
  /** The document as YAML, comments kept. */
  text: string;
  value: Record<string, unknown>;
}

const EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** The YAML and JSON files a path names: the file itself, or a directory's files (not its subdirectories), sorted. */
export function documentFiles(path: string): string[] {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    throw new CliError(`no such file or directory: ${path}`);
  }
  if (!isDirectory) return [path];
  const files = readdirSync(path)
    .filter((name) => EXTENSIONS.has(extname(name)))
    .sort()
    .map((name) => join(path, name));
  if (files.length === 0) throw new CliError(`${path} holds no .yaml, .yml or .json file`);
  return files;
}

/** Every document of the files a path names, in file order; a syntax error or an unknown kind fails them all. */
export function readDocuments(path: string): MeshDocument[] {
  return documentFiles(path).flatMap((file) => parseDocuments(file, readFileSync(file, 'utf8')));
}

export function parseDocuments(file: string, text: string): MeshDocument[] {
  const documents = parseAllDocuments(text).filter((document) => document.contents !== null);
  return documents.map((document, index) => {
    const source = documents.length === 1 ? file : `${file}#${index + 1}`;
    const [error] = document.errors;
    if (error !== undefined) throw new CliError(`${source}: ${error.message.split('\n')[0]}`);
    const value: unknown = document.toJS();
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new CliError(`${source}: expected a mapping with a kind (${KINDS.join(', ')})`);
    }
    const kind = (value as { kind?: unknown }).kind;
    if (!KINDS.includes(kind as Kind)) {
      throw new CliError(
        `${source}: kind ${kind === undefined ? 'is missing' : `"${String(kind)}" is unknown`}; expected ${KINDS.join(', ')}`,
      );
    }
    return { kind: kind as Kind, source, text: document.toString(), value: value as Record<string, unknown> };
  });
}

/** Documents sorted by kind (domains, then policies, then products), keeping the files' order within a kind. */
export function inApplyOrder(documents: readonly MeshDocument[]): MeshDocument[] {
  return [...documents].sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind));
}

/** `domain/name@version` of a DataProduct document, for messages; `?` where the document lacks a part. */
export function productLabel(document: MeshDocument): { domain: string; name: string; version: string } {
  const metadata = (document.value.metadata ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : '?');
  return { domain: text(metadata.domain), name: text(metadata.name), version: text(metadata.version) };
}
