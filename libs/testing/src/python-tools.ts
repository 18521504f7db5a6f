import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The virtualenvs `./platform test` makes, and the requirements each is made from. */
const VENVS = {
  venv: 'conformance/requirements.txt',
  // PyIceberg with s3fs, for remote signing: s3fs's botocore pin disagrees with the main venv's boto3.
  'venv-s3': 'conformance/iceberg/requirements-s3.txt',
} as const;

/**
 * A command of one of the Python test clients' virtualenvs (.mesh/venv by default). Fails, naming how to install
 * it, when it is not there.
 */
export function pythonTool(name: string, venv: keyof typeof VENVS = 'venv'): string {
  const home = process.env.MESH_HOME ?? resolve(__dirname, '../../../.mesh');
  const path = resolve(home, venv, 'bin', name);
  if (!existsSync(path)) {
    throw new Error(
      `conformance tests need the Python test clients: ${path} is missing; \`./platform test\` installs them from ${VENVS[venv]}`,
    );
  }
  return path;
}
