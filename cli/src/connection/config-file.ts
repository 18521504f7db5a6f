import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { CliError, usageError } from '../cli-error';

/** Where a named context points the CLI: a gateway and the token to use there. */
export interface MeshContext {
  url: string;
  token: string;
}

/** The CLI's configuration file: several named contexts, one of them current (as kubectl keeps clusters). */
export interface MeshConfig {
  currentContext?: string;
  contexts: Record<string, MeshContext>;
}

/** `$XDG_CONFIG_HOME/mesh/config.json`, by default `~/.config/mesh/config.json`. */
export function configPath(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CONFIG_HOME !== undefined && env.XDG_CONFIG_HOME !== '' ? env.XDG_CONFIG_HOME : undefined;
  return join(base ?? join(homedir(), '.config'), 'mesh', 'config.json');
}

/** The configuration, empty when the file does not exist yet. */
export function readConfig(path: string): MeshConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { contexts: {} };
    throw new CliError(`cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    const parsed = JSON.parse(text) as Partial<MeshConfig>;
    return { currentContext: parsed.currentContext, contexts: parsed.contexts ?? {} };
  } catch (error) {
    throw new CliError(`${path} is not valid JSON (${(error as Error).message}); fix or delete it`);
  }
}

/** Writes the configuration readable by its owner only: it holds tokens. */
export function writeConfig(path: string, config: MeshConfig): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  // `mode` applies only when the file is created: an existing file keeps its bits unless they are set again.
  chmodSync(path, 0o600);
}

/** The configuration with `name` added or replaced, and made current. */
export function withContext(config: MeshConfig, name: string, context: MeshContext): MeshConfig {
  return { currentContext: name, contexts: { ...config.contexts, [name]: context } };
}

/** The configuration with `name` made current; an unknown name is a usage error listing the known ones. */
export function usingContext(config: MeshConfig, name: string): MeshConfig {
  requireContext(config, name);
  return { ...config, currentContext: name };
}

/** The context called `name`, or a usage error listing the known ones. */
export function requireContext(config: MeshConfig, name: string): MeshContext {
  const context = config.contexts[name];
  if (context === undefined) {
    const known = Object.keys(config.contexts);
    throw usageError(
      `no context named "${name}"; ${known.length === 0 ? 'add one with `mesh login`' : `known: ${known.join(', ')}`}`,
    );
  }
  return context;
}
