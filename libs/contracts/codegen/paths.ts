import { join } from 'node:path';

/** contracts/ at the root of the repository: the source of truth. */
export const CONTRACTS_DIR = join(__dirname, '..', '..', '..', 'contracts');

/** Where the codegen writes; committed, and checked by a unit test to match contracts/. */
export const GENERATED_DIR = join(__dirname, '..', 'src', 'generated');

/** contracts/released/<release>/: the composed schemas as each release shipped them. */
export const RELEASED_DIR = join(CONTRACTS_DIR, 'released');
