import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { CliError } from '../cli-error';
import type { Row } from './row-factory';

const SCRIPT = resolve(__dirname, '../../python/commit_snapshots.py');

/**
 * The Python of the platform's virtualenv, where PyIceberg is (`./platform start` installs it): on an S3 warehouse
 * (MESH_STORAGE=s3) the one with PyIceberg's s3fs extra, which signs its requests to the store remotely.
 */
export function venvPython(env: NodeJS.ProcessEnv = process.env): string {
  const home = env.MESH_HOME ?? resolve(__dirname, '../../../.mesh');
  const python = join(home, env.MESH_STORAGE === 's3' ? 'venv-s3' : 'venv', 'bin', 'python');
  if (!existsSync(python)) {
    throw new CliError(
      `the demo writes Iceberg data with PyIceberg, and ${python} is missing: run ./platform start (it installs it)`,
    );
  }
  return python;
}

interface CommitAnswer {
  table: string;
  snapshotId?: string;
  error?: string;
}

/**
 * Commits rows to Iceberg tables through the catalog's REST API, as an engine would: one PyIceberg process
 * (cli/python/commit_snapshots.py) kept for every commit, since starting Python and PyIceberg takes a second or two.
 */
export class IcebergWriter {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending: { resolve: (answer: CommitAnswer) => void; reject: (error: Error) => void }[] = [];
  private stderr = '';

  constructor(catalogUri: string, token: string, python: string = venvPython()) {
    this.child = spawn(python, [SCRIPT], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString()).slice(-2000)));
    createInterface({ input: this.child.stdout }).on('line', (line) =>
      this.pending.shift()?.resolve(JSON.parse(line) as CommitAnswer),
    );
    this.child.on('exit', (code) => {
      const error = new CliError(
        `the PyIceberg writer exited (${code ?? 'killed'}): ${this.stderr.trim().split('\n').at(-1) ?? ''}`,
      );
      for (const waiting of this.pending.splice(0)) waiting.reject(error);
    });
    this.child.stdin.write(`${JSON.stringify({ uri: catalogUri, token })}\n`);
  }

  /**
   * Appends the rows to the table (`namespace.table`) in a new snapshot, or replaces the table's rows with them;
   * resolves with the snapshot id.
   */
  async commit(table: string, rows: readonly Row[], mode: 'append' | 'overwrite' = 'append'): Promise<string> {
    const answer = await new Promise<CommitAnswer>((resolve, reject) => {
      this.pending.push({ resolve, reject });
      this.child.stdin.write(`${JSON.stringify({ table, mode, rows })}\n`);
    });
    if (answer.error !== undefined || answer.snapshotId === undefined)
      throw new CliError(`commit to ${table} failed: ${answer.error ?? 'no snapshot'}`);
    return answer.snapshotId;
  }

  close(): Promise<void> {
    if (this.child.exitCode !== null) return Promise.resolve();
    return new Promise((done) => {
      this.child.once('exit', () => done());
      this.child.stdin.end();
    });
  }
}
