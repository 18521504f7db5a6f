import { CatalogError, noSuchTable } from './catalog-error';

/**
 * Namespace and table names become directory names in the warehouse and parts of `namespace.table` addresses, so
 * only letters, digits, `_` and `-` are accepted, starting with a letter, digit or `_`: no `/`, `..`, `.`, control
 * characters or spaces can reach a path.
 */
const NAME = /^[A-Za-z0-9_][A-Za-z0-9_-]{0,127}$/;

/** The multipart namespace separators clients may send: the unit separator 0x1F (the spec's default). */
const SEPARATOR = '\u001f';

export function isValidName(name: string): boolean {
  return NAME.test(name);
}

/** Checks a name taken from `pointer` (a path parameter such as /namespace, or a body field), else a 400 naming it. */
export function requireName(name: string, pointer: string): string {
  if (isValidName(name)) return name;
  throw new CatalogError(
    'bad_request',
    `invalid ${pointer}: '${printable(name)}' must be 1 to 128 letters, digits, '_' or '-', not starting with '-'`,
  );
}

/**
 * A namespace as a path parameter. Namespaces are domains, which have one level: a multipart namespace
 * (`a%1Fb`) is refused.
 */
export function namespaceParam(value: string, pointer = '/namespace'): string {
  if (value.includes(SEPARATOR)) {
    throw new CatalogError(
      'bad_request',
      `invalid ${pointer}: '${printable(value)}' has several levels; namespaces are domains and have one`,
    );
  }
  return requireName(value, pointer);
}

/**
 * The namespace of a table being looked up (load, exists). No table lies in a multipart namespace, so one is a 404
 * NoSuchTableException rather than a 400: Spark resolves `ns.orders.files` by first asking for table `files` in
 * namespace `ns.orders`, and only a "no such table" lets it go on to the metadata table `files` of `ns.orders`.
 */
export function lookedUpNamespace(value: string, table: string): string {
  if (value.includes(SEPARATOR)) throw noSuchTable(printable(value.split(SEPARATOR).join('.')), printable(table));
  return requireName(value, '/namespace');
}

/** A namespace as the spec's array of levels, in a body. */
export function namespaceLevels(levels: readonly string[], pointer: string): string {
  if (levels.length !== 1) {
    throw new CatalogError(
      'bad_request',
      `invalid ${pointer}: expected one level (namespaces are domains), got ${levels.length}`,
    );
  }
  return requireName(levels[0], `${pointer}/0`);
}

/** A name as it may be echoed in a message: control characters shown as escapes, and bounded in length. */
function printable(value: string): string {
  const escaped = [...value]
    .map((c) => {
      const code = c.charCodeAt(0);
      return code < 0x20 || code === 0x7f ? `\\u${code.toString(16).padStart(4, '0')}` : c;
    })
    .join('');
  return escaped.length > 80 ? `${escaped.slice(0, 80)}…` : escaped;
}
