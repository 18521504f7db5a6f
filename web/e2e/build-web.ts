import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const WEB_DIST = resolve(__dirname, '../dist');
const WEB = resolve(__dirname, '..');

function newestSource(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs;
    return Math.max(newest, time);
  }, 0);
}

/** Builds web/dist unless it is newer than every source: the test drives the app as the gateway serves it. */
export function ensureWebBuilt(): void {
  const index = join(WEB_DIST, 'index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  const sources = Math.max(newestSource(join(WEB, 'src')), statSync(join(WEB, 'index.html')).mtimeMs);
  if (built > sources) return;
  execFileSync('npm', ['run', 'build', '-w', 'web'], { cwd: resolve(WEB, '..'), stdio: 'inherit' });
}
