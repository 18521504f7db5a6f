import { KAFKA_SERVICES } from '@mesh/messaging';
import { IMAGE_USER, ownSchema, runServiceToExit, startMesh, untilReady, type MeshUnderTest } from '@mesh/testing';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICE_NODE_OPTIONS } from '../../infra/build/service-build';
import { buildImageFileSystems } from './support/image-file-systems';

/**
 * The services' images, short of Docker (which this machine lacks): each image's file system is built in a folder of
 * its own by the steps the Dockerfile runs (deploy/docker/image.sh: the production dependencies, the compiled service,
 * the gateway's web app), and the whole mesh then runs from those folders, as the images' non-root user and with no
 * environment but its own (MESH_IMAGES, libs/testing), against the stack. What Docker alone does (the base image, the
 * layers, HEALTHCHECK) is not run here; deploy/README.md says so.
 */
const DATABASE_SERVICES = KAFKA_SERVICES.filter((name) => name !== 'gateway');

let images: string;

beforeAll(() => {
  images = buildImageFileSystems();
  process.env.MESH_IMAGES = images;
}, 600_000);

afterAll(() => {
  delete process.env.MESH_IMAGES;
  rmSync(images, { recursive: true, force: true });
});

describe('an image under MIGRATE_ONLY=1 (the chart’s migration job)', () => {
  it.each(DATABASE_SERVICES)(
    '%s migrates a fresh database, exits, and finds nothing to do the second time',
    async (name) => {
      const database = await ownSchema(`mesh_${name}`, `image_migrate_${name}`);
      try {
        const env = { MIGRATE_ONLY: '1', DATABASE_URL: database.url };
        const first = await runServiceToExit(name, env);
        expect({ code: first.code, output: first.output }).toEqual({
          code: 0,
          output: expect.stringMatching(/\d+ migrations applied/),
        });
        const tables = await database.sql<{ count: string }>('SELECT count(*) FROM migrations');
        expect(Number(tables[0].count)).toBeGreaterThan(0);
        const second = await runServiceToExit(name, env);
        expect({ code: second.code, output: second.output }).toEqual({
          code: 0,
          output: expect.stringContaining('0 migrations applied'),
        });
      } finally {
        await database.drop();
      }
    },
    120_000,
  );

  it('the gateway, which has no database, exits at once with nothing to migrate', async () => {
    const run = await runServiceToExit('gateway', { MIGRATE_ONLY: '1' });
    expect({ code: run.code, output: run.output }).toEqual({
      code: 0,
      output: expect.stringContaining('no database: nothing to migrate'),
    });
  });
});

describe('the mesh from its images', () => {
  let mesh: MeshUnderTest;

  beforeAll(async () => {
    // The S3 warehouse: a production deployment's, and nothing written under the image's folder.
    mesh = await startMesh('images', {
      storage: 's3',
      env: { gateway: { WEB_ROOT: join(images, 'gateway/web/dist') } },
    });
  }, 300_000);

  afterAll(async () => {
    await mesh?.stop();
  }, 120_000);

  it.each(KAFKA_SERVICES)(
    '%s runs as the images’ user and answers /health and /ready',
    async (name) => {
      const service = mesh.processes()[name];
      const status = readFileSync(`/proc/${service.process.pid}/status`, 'utf8');
      // Root switches to the images' user; anyone else runs them as themselves, unprivileged all the same.
      expect(Number(/^Uid:\s+(\d+)/m.exec(status)?.[1])).toBe(
        process.getuid?.() === 0 ? IMAGE_USER : process.getuid?.(),
      );
      // The compiled entry point with the flags of every compiled service, as the image's command runs it.
      expect(readFileSync(`/proc/${service.process.pid}/cmdline`, 'utf8').split('\0')).toEqual(
        expect.arrayContaining([...SERVICE_NODE_OPTIONS, `dist/services/${name}/src/main.js`]),
      );
      expect((await fetch(`${service.url}/health`)).status).toBe(200);
      await untilReady(service.url, 30_000);
    },
    60_000,
  );

  it('the gateway’s image serves the web app', async () => {
    const page = await fetch(`${mesh.url('gateway')}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
  });
});
