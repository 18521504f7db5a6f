/**
 * The contracts the registry exports as ODCS v3.1 pass the Data Contract CLI's own linter
 * (datacontract-cli from PyPI), so the tools of the ODCS ecosystem accept them as they are.
 */
import { ADMIN_TOKEN, pythonTool, startRegistry, uniqueName, type RegistryUnderTest } from '@mesh/testing';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';

const EXAMPLES = resolve(__dirname, '../../examples/products');

function lint(document: string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'odcs-'));
  try {
    const file = join(dir, 'contract.odcs.yaml');
    writeFileSync(file, document);
    const result = spawnSync(pythonTool('datacontract'), ['lint', file], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('ODCS export → datacontract lint', () => {
  let registry: RegistryUnderTest;
  const call = (method: string, path: string, body?: string, contentType = 'application/json') =>
    fetch(`${registry.serviceUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, ...(body ? { 'Content-Type': contentType } : {}) },
      body,
    });

  beforeAll(async () => {
    registry = await startRegistry('odcs-lint');
  });
  afterAll(async () => {
    await registry?.remove();
  });

  it.each(readdirSync(EXAMPLES).filter((file) => file.endsWith('.yaml')))(
    '%s, exported by the registry, lints clean',
    async (file) => {
      // Each run uses a domain of its own, so the example is a new product every time.
      const descriptor = parse(readFileSync(join(EXAMPLES, file), 'utf8'));
      const domain = uniqueName(descriptor.metadata.domain);
      descriptor.metadata.domain = domain;
      descriptor.spec.inputPorts = [];
      const created = await call(
        'POST',
        '/v1/domains',
        JSON.stringify({ name: domain, title: domain, description: 'conformance', owningTeam: 'data' }),
      );
      expect(created.status).toBe(201);
      const { name, version } = descriptor.metadata;
      const applied = await call('PUT', `/v1/products/${domain}/${name}`, stringify(descriptor), 'application/yaml');
      expect([200, 201]).toContain(applied.status);

      const exported = await call('GET', `/v1/products/${domain}/${name}/versions/${version}?format=odcs`);
      expect(exported.status).toBe(200);
      const odcs = await exported.text();

      const { status, output } = lint(odcs.trimStart().startsWith('{') ? stringify(JSON.parse(odcs)) : odcs);
      expect(output).toContain('Data contract is valid');
      expect(status).toBe(0);
    },
  );
});
