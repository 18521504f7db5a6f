import { parseDocument } from 'yaml';
import type { ProblemDetail } from '../model/problem';

export type ContentType = 'yaml' | 'json';

export type ReadDocument = { ok: true; value: unknown } | { ok: false; problem: ProblemDetail };

/**
 * Parses descriptor text. Malformed input is a single problem at the document root (pointer
 * ""), since nothing after a syntax error can be located reliably.
 */
export function readDocument(text: string, contentType: ContentType = 'yaml'): ReadDocument {
  return contentType === 'json' ? readJson(text) : readYaml(text);
}

function readYaml(text: string): ReadDocument {
  // YAML 1.2 core schema: `yes`, `on` and dates stay strings; duplicate keys are errors.
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const [error] = document.errors;
  if (error) {
    const position = error.linePos?.[0];
    const where = position ? ` at line ${position.line}, column ${position.col}` : '';
    // Pretty errors append the position and a source excerpt to the message; `where` says it shorter.
    const reason =
      error.code === 'MULTIPLE_DOCS'
        ? 'a descriptor is one YAML document, found several'
        : error.message.split(' at line ')[0];
    return { ok: false, problem: { pointer: '', message: `invalid YAML${where}: ${reason}` } };
  }
  try {
    // Aliases are resolved here; a bounded count stops "billion laughs" documents.
    return { ok: true, value: document.toJS({ maxAliasCount: 100 }) };
  } catch (aliasError) {
    return { ok: false, problem: { pointer: '', message: `invalid YAML: ${(aliasError as Error).message}` } };
  }
}

function readJson(text: string): ReadDocument {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, problem: { pointer: '', message: `invalid JSON: ${(error as Error).message}` } };
  }
}
