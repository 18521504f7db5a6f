import Ajv2020, { type AnySchemaObject, type ValidateFunction } from 'ajv/dist/2020';
import descriptorSchema from '../../schema/descriptor.schema.json';
import type { ProblemDetail } from '../model/problem';
import { ajvProblems } from './ajv-problems';

const SCHEMA_ID = descriptorSchema.$id;

/** The definitions callers validate against: a whole descriptor, or a contract on its own (ODCS import). */
export type SchemaDefinition = 'Descriptor' | 'Contract';

let ajv: Ajv2020 | undefined;
const validators = new Map<SchemaDefinition, ValidateFunction>();

/** Every schema problem at once (allErrors), each with a JSON pointer into `value`. */
export function schemaProblems(value: unknown, definition: SchemaDefinition): ProblemDetail[] {
  const validate = validatorFor(definition);
  return validate(value) ? [] : ajvProblems(validate.errors ?? [], descriptorSchema as AnySchemaObject);
}

// Compiled on first use, not at import, so that importing the types costs nothing.
function validatorFor(definition: SchemaDefinition): ValidateFunction {
  let validate = validators.get(definition);
  if (!validate) {
    ajv ??= new Ajv2020({ allErrors: true, verbose: true, allowUnionTypes: true, strictTypes: true }).addSchema(
      descriptorSchema,
    );
    validate = ajv.getSchema(`${SCHEMA_ID}#/$defs/${definition}`);
    if (!validate) throw new Error(`descriptor schema has no definition ${definition}`);
    validators.set(definition, validate);
  }
  return validate;
}
