import { readdirSync, readFileSync } from 'fs';
import { resolve } from 'path';
import type { DataProductDescriptor } from '../model/descriptor';
import { parseDescriptor } from '../validation/parse-descriptor';

// The example products at the repository root (examples/products), for tests only.

const EXAMPLES = resolve(__dirname, '../../../../examples/products');

export function exampleFiles(): string[] {
  return readdirSync(EXAMPLES).filter((file) => file.endsWith('.yaml'));
}

export function exampleText(file: string): string {
  return readFileSync(resolve(EXAMPLES, file), 'utf8');
}

/** A parsed example; throws with every problem when it is invalid. */
export function exampleDescriptor(file: string): DataProductDescriptor {
  const parsed = parseDescriptor(exampleText(file));
  if (!parsed.ok) throw new Error(`${file} is invalid: ${JSON.stringify(parsed.problems, null, 2)}`);
  return parsed.descriptor;
}

/** A deep copy of an example to change in a test. */
export function editableExample(file = 'sales-orders.yaml'): DataProductDescriptor {
  return structuredClone(exampleDescriptor(file));
}
