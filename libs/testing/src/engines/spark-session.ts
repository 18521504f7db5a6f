import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { meshHome, pythonTool } from '../python-tools';
import { SPARK_PACKAGES } from '@mesh/storage';

const DRIVER = resolve(__dirname, '../../../../conformance/spark/spark_sql.py');

/** An Iceberg REST catalog as a Spark catalog sees it: the address and the principal's token, nothing else. */
export interface SparkCatalog {
  uri: string;
  token: string;
}

/** What a statement answered: its rows, or the error Spark raised (the JVM exception's class and message). */
export type SparkAnswer =
  | { columns: string[]; rows: unknown[][]; error?: undefined }
  | { output: string; error?: undefined }
  | { error: { type: string; message: string } };

export interface SparkSession {
  /** Runs one Spark SQL statement. */
  sql(text: string): Promise<SparkAnswer>;
  /** Runs Python with the session as `spark` (what a port's snippet does); its printed output. */
  python(code: string): Promise<SparkAnswer>;
  /** The driver's stderr so far (Spark's log), for failure messages. */
  log(): string;
  stop(): Promise<void>;
}

export interface SparkOptions {
  /** Spark catalog name → catalog and token; each is an Iceberg catalog on the mesh's REST catalog. */
  catalogs: Record<string, SparkCatalog>;
  /** More Spark configuration (a listener's), and the packages it needs beside Iceberg's. */
  conf?: Record<string, string>;
  packages?: readonly string[];
  app?: string;
  /** More environment for the driver (a snippet's MESH_TOKEN). */
  env?: Record<string, string>;
}

/**
 * One PySpark session (local, two threads) for a whole suite: starting Spark is what costs, so a suite starts it once
 * in `beforeAll` and sends it every statement. The driver (conformance/spark/spark_sql.py) gets the jars from Maven
 * Central through Spark's own resolver, cached in $MESH_HOME/spark/ivy.
 */
export async function startSpark(options: SparkOptions, timeoutMs = 240_000): Promise<SparkSession> {
  const session = {
    app: options.app,
    catalogs: options.catalogs,
    packages: [...SPARK_PACKAGES, ...(options.packages ?? [])],
    conf: { 'spark.jars.ivy': resolve(meshHome(), 'spark', 'ivy'), ...options.conf },
  };
  const child = spawn(pythonTool('python', 'venv-engines'), [DRIVER, JSON.stringify(session)], {
    env: {
      ...process.env,
      // The AWS SDK adds CRC32 checksums to uploads unless told otherwise, and S3Proxy refuses the header.
      AWS_REQUEST_CHECKSUM_CALCULATION: 'when_required',
      AWS_RESPONSE_CHECKSUM_VALIDATION: 'when_required',
      ...options.env,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-20_000)));
  // Spark and its jars may print lines of their own to stdout: answers are the lines that are JSON objects.
  const answers: ((line: Record<string, unknown>) => void)[] = [];
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (!line.startsWith('{')) return;
    answers.shift()?.(JSON.parse(line) as Record<string, unknown>);
  });
  const next = (what: string, limitMs: number) =>
    new Promise<Record<string, unknown>>((done, fail) => {
      const timer = setTimeout(
        () => fail(new Error(`Spark did not answer ${what} within ${limitMs} ms:\n${stderr}`)),
        limitMs,
      );
      answers.push((line) => {
        clearTimeout(timer);
        done(line);
      });
      void exited.then(() => fail(new Error(`the Spark driver exited (${child.exitCode}) before ${what}:\n${stderr}`)));
    });

  await next('its start', timeoutMs);
  // One request at a time: the driver answers in order, and a suite's statements depend on each other.
  let queue: Promise<unknown> = Promise.resolve();
  const ask = (request: Record<string, string>) => {
    const answered = queue.then(() => {
      const reply = next(JSON.stringify(request).slice(0, 200), 180_000);
      child.stdin.write(`${JSON.stringify(request)}\n`);
      return reply;
    });
    queue = answered.catch(() => undefined);
    return answered as Promise<SparkAnswer>;
  };
  return {
    sql: (text) => ask({ sql: text }),
    python: (code) => ask({ python: code }),
    log: () => stderr,
    stop: async () => {
      child.stdin.end();
      const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(killer);
    },
  };
}
