import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve(__dirname, '../../bin/mesh.js');

/** What a finished command did. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment of the `mesh` command as a user runs it, in a process of its own started from a folder outside
 * the repository: only the variables given say where the mesh is and which token to use; a config folder of its
 * own; no colours.
 */
export function cliEnvironment(env: Record<string, string>): NodeJS.ProcessEnv {
  const home = mkdtempSync(join(tmpdir(), 'mesh-cli-home-'));
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('MESH_') || name === 'MESH_HOME'),
  );
  return { ...inherited, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), NO_COLOR: '1', ...env };
}

export function runMeshCommand(args: readonly string[], env: NodeJS.ProcessEnv, timeoutMs = 180_000): Promise<CliRun> {
  const child = startMeshCommand(args, env);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

/** A long-running command (alerts watch), to read as it goes and stop with a signal. */
export function startMeshCommand(args: readonly string[], env: NodeJS.ProcessEnv): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [BIN, ...args], { cwd: tmpdir(), env });
}

/** Resolves with the first chunk of the stream that matches, and the time it arrived. */
export function untilOutput(
  stream: NodeJS.ReadableStream,
  pattern: RegExp,
  timeoutMs: number,
): Promise<{ text: string; at: number }> {
  return new Promise((done, fail) => {
    let seen = '';
    const timer = setTimeout(
      () => fail(new Error(`no output matching ${pattern} within ${timeoutMs} ms; got: ${seen}`)),
      timeoutMs,
    );
    const listener = (chunk: Buffer) => {
      seen += chunk.toString();
      if (!pattern.test(seen)) return;
      clearTimeout(timer);
      stream.off('data', listener);
      done({ text: seen, at: Date.now() });
    };
    stream.on('data', listener);
  });
}
