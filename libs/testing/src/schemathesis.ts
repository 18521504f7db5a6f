import { PLATFORM_SERVICES, type PlatformService } from '@mesh/platform';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MeshUnderTest } from './mesh-under-test';
import { pythonTool } from './python-tools';
import { ADMIN_TOKEN } from './registry-under-test';

export type FuzzedService = Exclude<PlatformService, 'gateway'> | 'registry';

/**
 * The services with an OpenAPI document (the gateway has none: it speaks GraphQL), the registry last: fuzzing it as
 * an admin may revoke the others' tokens.
 */
export const FUZZED_SERVICES: readonly FuzzedService[] = [
  ...PLATFORM_SERVICES.filter((service): service is Exclude<PlatformService, 'gateway'> => service !== 'gateway'),
  'registry',
];

/**
 * What schemathesis must find of every answer: no server error, a status the document lists, a body that matches
 * its schema and a content type it declares.
 */
const CHECKS = 'not_a_server_error,status_code_conformance,response_schema_conformance,content_type_conformance';

export interface FuzzReport {
  service: FuzzedService;
  /** Test cases sent, one request each. */
  requests: number;
  /** One line per failure (its check and operations) or error (an operation schemathesis could not test). */
  failures: string[];
  /** The end of schemathesis's own output, which tells how to reproduce each failure. */
  output: string;
}

interface RunReport {
  test_cases: { generated: number };
  failures: { code: string; title: string; operations: string[] }[];
  errors: { title?: string; message?: string; operations?: string[] }[];
}

/**
 * Runs schemathesis (the venv's, conformance/requirements.txt) against one service's /openapi.json with the admin
 * token: at most `maxExamples` generated cases per operation, with a fixed seed so that a run can be repeated.
 */
export async function fuzzService(
  url: string,
  service: FuzzedService,
  options: { maxExamples: number; seed: number; token?: string },
): Promise<FuzzReport> {
  const directory = await mkdtemp(join(tmpdir(), `schemathesis-${service}-`));
  const reportPath = join(directory, 'run.json');
  try {
    const output = await run(directory, pythonTool('schemathesis'), [
      'run',
      `${url}/openapi.json`,
      '--header',
      `Authorization: Bearer ${options.token ?? ADMIN_TOKEN}`,
      '--checks',
      CHECKS,
      '--max-examples',
      String(options.maxExamples),
      '--seed',
      String(options.seed),
      '--workers',
      '1',
      '--report',
      'json',
      '--report-json-path',
      reportPath,
    ]);
    const text = await readFile(reportPath, 'utf8').catch(() => {
      throw new Error(`schemathesis wrote no report for ${service}:\n${output.slice(-4000)}`);
    });
    const report = JSON.parse(text) as RunReport;
    return {
      service,
      requests: report.test_cases.generated,
      failures: [
        ...report.failures.map((failure) => `${failure.code} ${failure.title}: ${failure.operations.join(', ')}`),
        ...report.errors.map((error) => `${error.title ?? 'error'}: ${error.message ?? ''} ${error.operations ?? ''}`),
      ],
      output: output.slice(-6000),
    };
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/** Every service of the mesh in turn (FUZZED_SERVICES' order). */
export async function fuzzMesh(
  mesh: MeshUnderTest,
  options: { maxExamples: number; seed: number },
): Promise<FuzzReport[]> {
  const reports: FuzzReport[] = [];
  for (const service of FUZZED_SERVICES) reports.push(await fuzzService(mesh.url(service), service, options));
  return reports;
}

/**
 * The command's output; its exit code says only whether it found failures, which the JSON report details. It runs
 * in `cwd`, a directory of its own, where schemathesis leaves its cache (.schemathesis/).
 */
function run(cwd: string, command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', () => resolve(output));
  });
}
