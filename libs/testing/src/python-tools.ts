import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * A command of the Python test clients' virtualenv (.mesh/venv, made by `./platform test` from
 * conformance/requirements.txt). Fails, naming how to install it, when it is not there.
 */
export function pythonTool(name: string): string {
  const home = process.env.MESH_HOME ?? resolve(__dirname, '../../../.mesh');
  const path = resolve(home, 'venv/bin', name);
  if (!existsSync(path)) {
    throw new Error(
      `conformance tests need the Python test clients: ${path} is missing; \`./platform test\` installs them from conformance/requirements.txt`,
    );
  }
  return path;
}
