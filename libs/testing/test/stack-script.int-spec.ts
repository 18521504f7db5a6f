/**
 * The stack script's failure modes, against the running stack: a second installation in a
 * throw-away MESH_HOME finds every port taken by the first one, which is exactly the
 * "port held by a foreign process" case.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const STACK = resolve(__dirname, '../../../infra/local/stack');

function runStack(args: string[], env: Record<string, string>) {
  const home = mkdtempSync(join(tmpdir(), 'mesh-home-'));
  try {
    const result = spawnSync(STACK, args, { env: { ...process.env, MESH_HOME: home, ...env }, encoding: 'utf8' });
    return { status: result.status, stderr: result.stderr.trim() };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/** A PATH with every command of this machine except `java`. */
function pathWithoutJava(): string {
  const bin = mkdtempSync(join(tmpdir(), 'mesh-nojava-'));
  for (const dir of ['/usr/local/bin', '/usr/bin', '/bin', '/usr/sbin', '/sbin']) {
    for (const name of readdirSync(dir)) {
      if (name === 'java') continue;
      try {
        symlinkSync(join(dir, name), join(bin, name));
      } catch {
        // the same command earlier on the PATH wins, as it would for the shell
      }
    }
  }
  return bin;
}

describe('infra/local/stack', () => {
  it('names the component and the holder when a port is taken by another process', () => {
    const { status, stderr } = runStack(['up', 'redis'], {});
    expect(status).toBe(1);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^stack: redis: port 6379 is held by another process \(pid \d+: .*redis-server.*\)/);
  });

  it('says in one line that Java is missing', () => {
    const bin = pathWithoutJava();
    try {
      const { status, stderr } = runStack(['up', 'kafka'], { PATH: bin });
      expect(status).toBe(1);
      expect(stderr).toBe(
        'stack: kafka: java not found on PATH; install Java 17 (apt-get install openjdk-17-jre-headless)',
      );
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });

  it('rejects an unknown command or component in one line', () => {
    expect(runStack(['up', 'mysql'], {}).stderr).toBe(
      "stack: unknown component 'mysql' (one of: postgres redis kafka opensearch s3)",
    );
  });

  it('uses an external component instead of starting one', () => {
    const { status, stderr } = runStack(['up', 'redis'], {
      REDIS_URL: 'redis://127.0.0.2:6390',
      MESH_HEALTH_TIMEOUT: '1',
    });
    expect(status).toBe(1);
    expect(stderr).toBe('stack: redis: no answer from REDIS_URL=redis://127.0.0.2:6390 after 1s');
  });
});
