import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliError } from '../cli-error';
import type { MeshConfig } from './config-file';
import { DEFAULT_GATEWAY_URL, resolveConnection } from './connection';

const config: MeshConfig = {
  currentContext: 'dev',
  contexts: {
    dev: { url: 'http://dev:4000', token: 'mesh_dev' },
    prod: { url: 'https://prod', token: 'mesh_prod' },
  },
};
const empty: MeshConfig = { contexts: {} };

function repoWithAdminToken(): string {
  const repo = mkdtempSync(join(tmpdir(), 'mesh-repo-'));
  mkdirSync(join(repo, '.mesh'));
  writeFileSync(join(repo, '.mesh', 'admin-token'), 'mesh_admin\n');
  mkdirSync(join(repo, 'examples'));
  return repo;
}

describe('resolveConnection', () => {
  it('takes an explicit --context over the environment', () => {
    const connection = resolveConnection({ context: 'prod', env: { MESH_TOKEN: 'mesh_env' }, cwd: '/', config });
    expect(connection).toEqual({ url: 'https://prod', token: 'mesh_prod', tokenSource: 'context "prod"' });
  });

  it('takes MESH_URL and MESH_TOKEN over the current context', () => {
    const connection = resolveConnection({ env: { MESH_URL: 'http://x:1', MESH_TOKEN: 'mesh_env' }, cwd: '/', config });
    expect(connection).toEqual({ url: 'http://x:1', token: 'mesh_env', tokenSource: 'MESH_TOKEN' });
  });

  it('falls back on the current context for what the environment leaves out', () => {
    expect(resolveConnection({ env: { MESH_TOKEN: 'mesh_env' }, cwd: '/', config }).url).toBe('http://dev:4000');
    expect(resolveConnection({ env: {}, cwd: '/', config })).toMatchObject({
      token: 'mesh_dev',
      tokenSource: 'context "dev"',
    });
  });

  it('finds the bootstrap admin token of the repository from any folder inside it', () => {
    const repo = repoWithAdminToken();
    const connection = resolveConnection({ env: {}, cwd: join(repo, 'examples'), config: empty });
    expect(connection).toEqual({
      url: DEFAULT_GATEWAY_URL,
      token: 'mesh_admin',
      tokenSource: join(repo, '.mesh', 'admin-token'),
    });
  });

  it('says where a token can come from when there is none', () => {
    const outside = mkdtempSync(join(tmpdir(), 'mesh-nowhere-'));
    expect(() => resolveConnection({ env: { MESH_HOME: outside }, cwd: outside, config: empty })).toThrow(
      /no token: set MESH_TOKEN/,
    );
  });

  it('refuses an unknown context as a usage error naming the known ones', () => {
    try {
      resolveConnection({ context: 'staging', env: {}, cwd: '/', config });
      throw new Error('no error');
    } catch (error) {
      expect(error).toBeInstanceOf(CliError);
      expect((error as CliError).exitCode).toBe(2);
      expect((error as CliError).message).toBe('no context named "staging"; known: dev, prod');
    }
  });
});
