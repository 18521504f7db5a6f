import { KAFKA_SERVICES } from '@mesh/messaging';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const REPO = resolve(__dirname, '../../..');
const IMAGE_STEPS = join(REPO, 'deploy/docker/image.sh');

const steps = (...args: string[]) => execFileSync(IMAGE_STEPS, args, { cwd: REPO, stdio: 'pipe', timeout: 300_000 });

/**
 * Every service's image file system, each in a folder of its own under a new folder (what MESH_IMAGES of
 * libs/testing takes), built by the steps deploy/docker/Dockerfile runs (deploy/docker/image.sh): the production
 * dependencies, the compiled service and libs, the gateway's web app. The caller removes the folder.
 */
export function buildImageFileSystems(): string {
  const images = mkdtempSync(join(tmpdir(), 'mesh-images-'));
  // The images' user reads the folders (mkdtemp makes them the owner's alone).
  chmodSync(images, 0o755);
  const dependencies = join(images, '.dependencies');
  steps('dependencies', dependencies);
  steps('build', ...KAFKA_SERVICES);
  for (const name of KAFKA_SERVICES) {
    // Every image has the same production dependencies (one shared Docker stage): hard links, not eight copies.
    execFileSync('cp', ['-al', dependencies, join(images, name)]);
    steps('service', name, join(images, name));
  }
  return images;
}
