import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// The validator bundles its own copies of the OpenLineage schemas (a running service reads nothing from docs/);
// the vendored originals in docs/specs/openlineage are the reference they must not drift from.
const COPIES = resolve(__dirname, 'spec');
const ORIGINALS = resolve(__dirname, '../../../../docs/specs/openlineage');

describe('the OpenLineage schemas the validator bundles', () => {
  it.each(readdirSync(COPIES))('%s is byte-identical to docs/specs/openlineage', (file) => {
    expect(readFileSync(resolve(COPIES, file))).toEqual(readFileSync(resolve(ORIGINALS, file)));
  });
});
