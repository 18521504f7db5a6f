import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configPath, readConfig, usingContext, withContext, writeConfig } from './config-file';

describe('the configuration file', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'mesh-config-'));

  it('lives under XDG_CONFIG_HOME, else ~/.config', () => {
    expect(configPath({ XDG_CONFIG_HOME: '/xdg' })).toBe('/xdg/mesh/config.json');
    expect(configPath({})).toMatch(/\.config\/mesh\/config\.json$/);
  });

  it('is empty before the first login', () => {
    expect(readConfig(join(dir(), 'missing.json'))).toEqual({ contexts: {} });
  });

  it('is written readable by its owner only, even when it existed with other bits', () => {
    const path = join(dir(), 'mesh', 'config.json');
    writeConfig(path, { contexts: {} });
    writeFileSync(path, '{}', { mode: 0o644 });
    writeConfig(path, withContext({ contexts: {} }, 'dev', { url: 'http://dev', token: 'mesh_x' }));
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({
      currentContext: 'dev',
      contexts: { dev: { url: 'http://dev', token: 'mesh_x' } },
    });
  });

  it('keeps several contexts and switches between them', () => {
    const two = withContext(withContext({ contexts: {} }, 'dev', { url: 'a', token: 'b' }), 'prod', {
      url: 'c',
      token: 'd',
    });
    expect(two.currentContext).toBe('prod');
    expect(usingContext(two, 'dev').currentContext).toBe('dev');
    expect(() => usingContext(two, 'qa')).toThrow('no context named "qa"; known: dev, prod');
  });

  it('names the file when it is not JSON', () => {
    const path = join(dir(), 'config.json');
    writeFileSync(path, '{ not json');
    expect(() => readConfig(path)).toThrow(`${path} is not valid JSON`);
  });
});
