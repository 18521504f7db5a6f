import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The virtualenvs the platform's test commands make, the requirements each is made from, and which command makes it. */
const VENVS = {
  venv: ['conformance/requirements.txt', './platform test'],
  // PyIceberg with s3fs, for remote signing: s3fs's botocore pin disagrees with the main venv's boto3.
  'venv-s3': ['conformance/iceberg/requirements-s3.txt', './platform test'],
  // PySpark and Trino's client, apart: PySpark alone is some 400 MB.
  'venv-engines': ['conformance/engines/requirements.txt', './platform test engines'],
} as const;

/** Where the platform keeps its state and downloads ($MESH_HOME, else the repository's .mesh). */
export function meshHome(): string {
  return process.env.MESH_HOME ?? resolve(__dirname, '../../../.mesh');
}

/**
 * A command of one of the Python test clients' virtualenvs (.mesh/venv by default). Fails, naming how to install
 * it, when it is not there.
 */
export function pythonTool(name: string, venv: keyof typeof VENVS = 'venv'): string {
  const path = resolve(meshHome(), venv, 'bin', name);
  if (!existsSync(path)) {
    const [requirements, command] = VENVS[venv];
    throw new Error(
      `these tests need the Python test clients: ${path} is missing; \`${command}\` installs them from ${requirements}`,
    );
  }
  return path;
}
