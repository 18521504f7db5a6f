import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CliError } from '../cli-error';
import { configPath, readConfig, requireContext, type MeshConfig, type MeshContext } from './config-file';

export const DEFAULT_GATEWAY_URL = 'http://127.0.0.1:4000';

/** The gateway to talk to and the token to show it, with where the token came from (for error messages). */
export interface Connection {
  url: string;
  token: string;
  tokenSource: string;
}

export interface ConnectionInputs {
  /** `--context`: beats the environment, as a flag should. */
  context?: string;
  env: NodeJS.ProcessEnv;
  cwd: string;
  config?: MeshConfig;
}

/**
 * Which gateway and token: an explicit `--context`; else MESH_URL and MESH_TOKEN, each falling back on the current
 * context; else, inside the platform's repository, the bootstrap admin token `./platform start` wrote.
 */
export function resolveConnection(inputs: ConnectionInputs): Connection {
  const config = inputs.config ?? readConfig(configPath(inputs.env));
  if (inputs.context !== undefined) {
    const chosen = requireContext(config, inputs.context);
    return { ...chosen, tokenSource: `context "${inputs.context}"` };
  }
  const { env } = inputs;
  const current: MeshContext | undefined =
    config.currentContext === undefined ? undefined : config.contexts[config.currentContext];
  const url = nonEmpty(env.MESH_URL) ?? current?.url ?? DEFAULT_GATEWAY_URL;
  const fromEnv = nonEmpty(env.MESH_TOKEN);
  if (fromEnv !== undefined) return { url, token: fromEnv, tokenSource: 'MESH_TOKEN' };
  if (current !== undefined) return { url, token: current.token, tokenSource: `context "${config.currentContext}"` };
  const adminTokenFile = repositoryAdminToken(inputs.cwd, env);
  if (adminTokenFile !== undefined) {
    return { url, token: readFileSync(adminTokenFile, 'utf8').trim(), tokenSource: adminTokenFile };
  }
  throw new CliError(
    'no token: set MESH_TOKEN, run `mesh login --url URL --token TOKEN`, or run inside the platform repository after ./platform start',
  );
}

/** `$MESH_HOME/admin-token`, else the nearest `.mesh/admin-token` from the working directory up. */
export function repositoryAdminToken(cwd: string, env: NodeJS.ProcessEnv): string | undefined {
  const home = nonEmpty(env.MESH_HOME);
  if (home !== undefined) return usable(join(home, 'admin-token'));
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const candidate = usable(join(dir, '.mesh', 'admin-token'));
    if (candidate !== undefined) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

function usable(path: string): string | undefined {
  return existsSync(path) && readFileSync(path, 'utf8').trim() !== '' ? path : undefined;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
