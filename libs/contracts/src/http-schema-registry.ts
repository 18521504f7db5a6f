import { cachedPromise } from './promise-cache';
import { SchemaNotFoundError, type SchemaRegistry } from './schema-registry';

const CONTENT_TYPE = 'application/vnd.schemaregistry.v1+json';
const DEFAULT_TIMEOUT_MS = 10_000;
/** Confluent's error code for "schema not found"; a bare 404 may just be a wrong base URL. */
const SCHEMA_NOT_FOUND = 40403;

export interface HttpSchemaRegistryOptions {
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** Limit for each request, in milliseconds; 10 s by default. */
  timeoutMs?: number;
}

/** A Schema Registry request failed: unreachable, timed out, or answered with an error or an unexpected body. */
export class SchemaRegistryError extends Error {
  constructor(
    message: string,
    /** HTTP status of an error answer; null when no answer arrived or it could not be used. */
    readonly status: number | null,
    /** Confluent `error_code` from the response body, when there is one. */
    readonly errorCode: number | null,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'SchemaRegistryError';
  }
}

/**
 * Client of the Confluent Schema Registry REST API (the subset the platform's registry service serves).
 * Ids and schemas never change once assigned, so both lookups are cached for the life of the client.
 */
export class HttpSchemaRegistry implements SchemaRegistry {
  private readonly baseUrl: string;
  private readonly idsBySubjectAndSchema = new Map<string, Promise<number>>();
  private readonly schemasById = new Map<number, Promise<string>>();

  constructor(
    baseUrl: string,
    private readonly options: HttpSchemaRegistryOptions = {},
  ) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
  }

  register(subject: string, schema: string): Promise<number> {
    // NUL cannot appear in a subject name, so the key is unambiguous.
    return cachedPromise(this.idsBySubjectAndSchema, `${subject}\u0000${schema}`, async () => {
      const body = await this.request('POST', `/subjects/${encodeURIComponent(subject)}/versions`, { schema });
      const id = readField(body, 'id', (value): value is number => Number.isInteger(value));
      this.schemasById.set(id, Promise.resolve(schema));
      return id;
    });
  }

  schemaById(id: number): Promise<string> {
    return cachedPromise(this.schemasById, id, async () => {
      try {
        const body = await this.request('GET', `/schemas/ids/${id}`);
        return readField(body, 'schema', (value): value is string => typeof value === 'string');
      } catch (error) {
        if (error instanceof SchemaRegistryError && error.errorCode === SCHEMA_NOT_FOUND) {
          throw new SchemaNotFoundError(id);
        }
        throw error;
      }
    });
  }

  private async request(method: 'GET' | 'POST', path: string, body?: object): Promise<unknown> {
    const url = `${this.baseUrl}${path}`;
    const headers: Record<string, string> = { Accept: `${CONTENT_TYPE}, application/json` };
    if (body !== undefined) headers['Content-Type'] = CONTENT_TYPE;
    if (this.options.token !== undefined) headers.Authorization = `Bearer ${this.options.token}`;
    let status: number;
    let text: string;
    try {
      const response = await fetch(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      });
      status = response.status;
      text = await response.text();
    } catch (error) {
      throw new SchemaRegistryError(`${method} ${url} failed: ${(error as Error).message}`, null, null, {
        cause: error,
      });
    }
    const json = parseJson(text);
    if (status < 200 || status >= 300) {
      const errorCode = isRecord(json) && Number.isInteger(json.error_code) ? (json.error_code as number) : null;
      throw new SchemaRegistryError(`${method} ${url} answered ${status}: ${text}`, status, errorCode);
    }
    if (json === undefined) throw new SchemaRegistryError(`${method} ${url} answered with invalid JSON`, status, null);
    return json;
  }
}

function readField<T>(body: unknown, name: string, isValid: (value: unknown) => value is T): T {
  const value = isRecord(body) ? body[name] : undefined;
  if (!isValid(value)) {
    throw new SchemaRegistryError(
      `unexpected Schema Registry response, no valid "${name}": ${JSON.stringify(body)}`,
      null,
      null,
    );
  }
  return value;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
