import type { WorldCaller } from '@mesh/testing';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where the matrix lives: docs/security.md explains it, this file is what the test reads. */
export const MATRIX_FILE = resolve(__dirname, '../../docs/authorisation-matrix.json');

/** Who calls, in the order each route is tried: refusals first, so that a change an allowed call makes comes last. */
export const ACTORS: readonly WorldCaller[] = [
  'anonymous',
  'revoked',
  'expired',
  'grantee',
  'other-owner',
  'member',
  'owner',
  'admin',
];
export type Actor = WorldCaller;

/** The callers without a usable token: unless a rule says otherwise, they get a 401. */
const UNAUTHENTICATED: readonly Actor[] = ['anonymous', 'revoked', 'expired'];

/**
 * What a cell expects: a status, or `allow`, which is any answer that is neither a refusal (401, 403) nor a server
 * error: the caller got through to the route, which may still find the input invalid (400) or the object gone (404).
 */
export type Expected = 'allow' | 400 | 401 | 403 | 404;

/** One route's row: a rule (a named row of the matrix), its exceptions, and the request that tries it. */
export interface RouteSpec {
  rule: string;
  except?: Partial<Record<Actor, Expected>>;
  /** The path to call, when the OpenAPI path's parameters are not simply the fixtures of the same names. */
  path?: string;
  query?: Record<string, string>;
  body?: unknown;
  contentType?: string;
}

export interface Matrix {
  rules: Record<string, Partial<Record<Actor, Expected>>>;
  /** Service, then `METHOD /openapi/path`. */
  services: Record<string, Record<string, RouteSpec>>;
}

export function loadMatrix(): Matrix {
  return JSON.parse(readFileSync(MATRIX_FILE, 'utf8')) as Matrix;
}

/** Every actor's expectation for a route; a rule that forgets an authenticated actor is an error in the matrix. */
export function expectations(matrix: Matrix, route: string, spec: RouteSpec): Record<Actor, Expected> {
  const rule = matrix.rules[spec.rule];
  if (rule === undefined) throw new Error(`${route}: no rule '${spec.rule}' in ${MATRIX_FILE}`);
  const row = { ...rule, ...spec.except };
  return Object.fromEntries(
    ACTORS.map((actor) => {
      const expected = row[actor] ?? (UNAUTHENTICATED.includes(actor) ? 401 : undefined);
      if (expected === undefined) throw new Error(`${route}: rule '${spec.rule}' says nothing of ${actor}`);
      return [actor, expected];
    }),
  ) as Record<Actor, Expected>;
}

/** An answer as the matrix judges it. */
export interface Answer {
  method: string;
  status: number;
  /** The WWW-Authenticate header, if any. */
  challenge: string | null;
  body: string;
}

/**
 * Whether an answer is what the cell expects. A 401 must ask for a bearer token (WWW-Authenticate), and a 403 must
 * name the right that is missing, whatever the error format of the API (the platform's, Iceberg's, Confluent's),
 * unless it answers a HEAD, which has no body.
 */
export function satisfies(expected: Expected, answer: Answer): boolean {
  const { status } = answer;
  if (expected === 'allow') return status !== 401 && status !== 403 && status < 500;
  if (status !== expected) return false;
  if (status === 401) return answer.challenge?.startsWith('Bearer') === true;
  if (status === 403) return answer.method === 'HEAD' || answer.body.includes('missing right: ');
  return true;
}

/** The routes of an OpenAPI document, as `METHOD /path` keys of the matrix. */
export function openApiRoutes(document: { paths: Record<string, Record<string, unknown>> }): string[] {
  const methods = new Set(['get', 'put', 'post', 'delete', 'patch', 'head']);
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.keys(operations)
      .filter((method) => methods.has(method))
      .map((method) => `${method.toUpperCase()} ${path}`),
  );
}

/**
 * Replaces `${name}` in strings, deep in objects and arrays, with the fixture of that name; `${unique}` is a new
 * name at each call, for requests that create something.
 */
export function fill<T>(value: T, fixtures: Readonly<Record<string, string>>, unique: () => string): T {
  if (typeof value === 'string') {
    return value.replace(/\$\{([A-Za-z]+)\}/g, (_match, name: string) => {
      if (name === 'unique') return unique();
      const fixture = fixtures[name];
      if (fixture === undefined) throw new Error(`no fixture '${name}'`);
      return fixture;
    }) as T;
  }
  if (Array.isArray(value)) return value.map((item: unknown) => fill(item, fixtures, unique)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]: [string, unknown]) => [key, fill(item, fixtures, unique)]),
    ) as T;
  }
  return value;
}

/** The OpenAPI path with each `{parameter}` as `${parameter}`, for routes whose parameters are fixtures. */
export function templateOf(openApiPath: string): string {
  return openApiPath.replace(/\{([A-Za-z]+)\}/g, (_match, name: string) => `\${${name}}`);
}
