import Ajv from 'ajv';
import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { parse } from 'yaml';

// The public specifications vendored in docs/specs (see its README for their sources and licences), which only
// tests read: the lib itself never depends on them.

const SPECS = resolve(__dirname, '../../../../docs/specs');

export function specText(relativePath: string): string {
  return readFileSync(resolve(SPECS, relativePath), 'utf8');
}

export function specYaml(relativePath: string): unknown {
  return parse(specText(relativePath));
}

/** Errors of `document` against ODCS v3.1.0's JSON schema (draft 2019-09); empty when valid. */
export function odcsSchemaErrors(document: unknown): string[] {
  const ajv = addFormats(new Ajv2019({ allErrors: true, strict: false }));
  const validate = ajv.compile(JSON.parse(specText('odcs/odcs-json-schema-v3.1.0.json')));
  return validate(document) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

/** Errors of `document` against the Data Product Specification 0.0.1 JSON schema (draft-07); empty when valid. */
export function dpsSchemaErrors(document: unknown): string[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(specText('data-product/dps-0.0.1.schema.json')));
  return validate(document) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}
