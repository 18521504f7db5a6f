// The part of the registry's OpenAPI document that clients are generated from. The Confluent-compatible Schema
// Registry API (/schema-registry/*) is left out: Kafka serializers speak it through their own clients, and its
// schemas would only bloat the generated types. Everything else stays as the registry emits it, key order
// included, so that a refreshed document differs from the committed one only where the API changed.

/** An OpenAPI document as JSON: only the members this module reads are typed. */
export interface OpenApiDocument {
  paths: Record<string, unknown>;
  components?: { schemas?: Record<string, unknown>; [member: string]: unknown };
  [member: string]: unknown;
}

const LEFT_OUT_PATH_PREFIX = '/schema-registry/';
const SCHEMA_REF_PREFIX = '#/components/schemas/';

/** Parses the registry's /openapi.json, failing with a message that says what is wrong with it. */
export function parseOpenApi(text: string, source: string): OpenApiDocument {
  const document: unknown = JSON.parse(text);
  const paths = isObject(document) ? document.paths : undefined;
  if (!isObject(document) || !isObject(paths)) throw new Error(`${source} is not an OpenAPI document (no paths)`);
  return { ...document, paths };
}

/** The document without the Schema Registry paths and the component schemas only they referenced. */
export function clientApi(document: OpenApiDocument): OpenApiDocument {
  const paths = Object.fromEntries(
    Object.entries(document.paths).filter(([path]) => !path.startsWith(LEFT_OUT_PATH_PREFIX)),
  );
  const schemas = document.components?.schemas;
  if (schemas === undefined) return { ...document, paths };
  const used = reachableSchemas(paths, schemas);
  return {
    ...document,
    paths,
    components: {
      ...document.components,
      schemas: Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name))),
    },
  };
}

/** The committed form of the document: two-space JSON with a final newline. */
export function renderOpenApi(document: OpenApiDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Names of the component schemas that the paths reference, directly or through other schemas. */
function reachableSchemas(paths: Record<string, unknown>, schemas: Record<string, unknown>): Set<string> {
  const used = new Set<string>();
  const pending = schemaRefs(paths);
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (used.has(name)) continue;
    used.add(name);
    pending.push(...schemaRefs(schemas[name]));
  }
  return used;
}

function schemaRefs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) schemaRefs(item, found);
  } else if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string' && child.startsWith(SCHEMA_REF_PREFIX)) {
        found.push(child.slice(SCHEMA_REF_PREFIX.length));
      } else {
        schemaRefs(child, found);
      }
    }
  }
  return found;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
