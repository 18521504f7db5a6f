import type { AnySchemaObject, ErrorObject } from 'ajv';
import { childPointer } from '../model/pointer';
import type { ProblemDetail } from '../model/problem';

// Turns ajv's errors into problems an author can act on: the pointer names the offending
// field itself (not its parent), and the message says what was expected and what was found.
// Needs ajv's `verbose` option, which puts the failing data and schema on each error.

export function ajvProblems(errors: readonly ErrorObject[], root: AnySchemaObject): ProblemDetail[] {
  const problems = new Map<string, ProblemDetail>();
  for (const error of errors) {
    if (error.keyword === 'if' || isOneOfBranchError(error, errors)) continue;
    const problem = toProblem(error, root);
    problems.set(`${problem.pointer} ${problem.message}`, problem);
  }
  return [...problems.values()];
}

// A failed oneOf reports every branch's failure too; the oneOf error alone says it better.
function isOneOfBranchError(error: ErrorObject, errors: readonly ErrorObject[]): boolean {
  return errors.some(
    (other) =>
      other.keyword === 'oneOf' &&
      other.instancePath === error.instancePath &&
      error.schemaPath.startsWith(other.schemaPath + '/'),
  );
}

function toProblem(error: ErrorObject, root: AnySchemaObject): ProblemDetail {
  const at = error.instancePath;
  const params = error.params as Record<string, unknown>;
  const schema = (error.parentSchema ?? {}) as AnySchemaObject;
  switch (error.keyword) {
    case 'required':
      return {
        pointer: childPointer(at, String(params.missingProperty)),
        message: `required field '${String(params.missingProperty)}' is missing`,
      };
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const field = String(params.additionalProperty ?? params.unevaluatedProperty);
      return {
        pointer: childPointer(at, field),
        message: `unknown field '${field}'; allowed fields: ${allowedFields(schema, root).join(', ')}`,
      };
    }
    case 'type':
      return { pointer: at, message: `must be ${typeNames(params.type)}, got ${describe(error.data)}` };
    case 'const':
      return { pointer: at, message: `must be ${describe(params.allowedValue)}, got ${describe(error.data)}` };
    case 'enum':
      return {
        pointer: at,
        message: `must be one of ${(params.allowedValues as unknown[]).map(describe).join(', ')}; got ${describe(error.data)}`,
      };
    case 'pattern':
      return {
        pointer: at,
        message: `must be ${schema.description ?? `a string matching ${String(params.pattern)}`}; got ${describe(error.data)}`,
      };
    case 'minLength':
      return {
        pointer: at,
        message: params.limit === 1 ? 'must not be empty' : `must have at least ${params.limit} characters`,
      };
    case 'maxLength':
      return { pointer: at, message: `must have at most ${params.limit} characters` };
    case 'minItems':
      return { pointer: at, message: `must have at least ${params.limit} item${params.limit === 1 ? '' : 's'}` };
    case 'maxItems':
      return { pointer: at, message: `must have at most ${params.limit} items` };
    case 'minimum':
    case 'maximum':
      return { pointer: at, message: `must be ${params.comparison} ${params.limit}, got ${describe(error.data)}` };
    case 'uniqueItems':
      return { pointer: at, message: `must not repeat items: items ${params.j} and ${params.i} are equal` };
    case 'minProperties':
      return { pointer: at, message: `must set at least one of ${Object.keys(schema.properties ?? {}).join(', ')}` };
    case 'oneOf':
      return { pointer: at, message: exactlyOneMessage(schema, error.data) };
    default:
      return { pointer: at, message: error.message ?? `fails ${error.keyword}` };
  }
}

/** The fields a schema object accepts, including those of the schemas it extends through allOf. */
function allowedFields(schema: AnySchemaObject, root: AnySchemaObject): string[] {
  const inherited = ((schema.allOf ?? []) as AnySchemaObject[]).flatMap((part) =>
    allowedFields(resolveLocalRef(part, root), root),
  );
  return [...inherited, ...Object.keys(schema.properties ?? {})];
}

function resolveLocalRef(schema: AnySchemaObject, root: AnySchemaObject): AnySchemaObject {
  const ref = schema.$ref as string | undefined;
  if (!ref?.startsWith('#/$defs/')) return schema;
  return (root.$defs as Record<string, AnySchemaObject>)[ref.slice('#/$defs/'.length)];
}

// The descriptor's oneOf are all "exactly one of these keys" (comparison operators), so the
// message lists the keys and the ones actually present.
function exactlyOneMessage(schema: AnySchemaObject, data: unknown): string {
  const keys = ((schema.oneOf ?? []) as AnySchemaObject[]).flatMap((branch) => (branch.required ?? []) as string[]);
  const present = keys.filter((key) => typeof data === 'object' && data !== null && key in data);
  return `must have exactly one of ${keys.join(', ')}; found ${present.length ? present.join(' and ') : 'none'}`;
}

function typeNames(types: unknown): string {
  const names = (Array.isArray(types) ? types : [types]).map((type) =>
    type === 'null' ? 'null' : `${/^[aeiou]/.test(String(type)) ? 'an' : 'a'} ${type}`,
  );
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `'${value}'`;
  return String(value);
}
