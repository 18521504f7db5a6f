import { Controller, Get, Injectable, Module, OnModuleInit, Post, Body } from '@nestjs/common';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { Writable } from 'node:stream';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { stack } from '@mesh/testing';
import { ApiError, createService, defineConfig, env, parseInput, ReadinessRegistry } from '../src';

const REPO = resolve(__dirname, '../../..');

@Injectable()
class PostgresReadiness implements OnModuleInit {
  readonly dataSource = new DataSource({ type: 'postgres', url: stack.databaseUrl() });
  constructor(private readonly readiness: ReadinessRegistry) {}
  async onModuleInit(): Promise<void> {
    await this.dataSource.initialize();
    this.readiness.register({ name: 'postgres', probe: () => this.dataSource.query('SELECT 1') });
    this.readiness.register({ name: 'nowhere', probe: () => fetch('http://127.0.0.1:9/').then(() => undefined) });
  }
}

const ProductInput = z.object({
  name: z.string().regex(/^[a-z][a-z0-9-]*$/),
  ports: z.array(z.object({ type: z.enum(['iceberg-table']) })),
});

@Controller('products')
class ProductsController {
  @Post()
  create(@Body() body: unknown) {
    return parseInput(ProductInput, body);
  }
  @Get('conflict')
  conflict(): never {
    throw new ApiError(409, 'conflict', 'version exists');
  }
  @Get('boom')
  boom(): never {
    throw new Error('database password is hunter2');
  }
}

@Module({ controllers: [ProductsController], providers: [PostgresReadiness] })
class TestModule {}

describe('a service built on libs/platform', () => {
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString());
      done();
    },
  });
  let created: Awaited<ReturnType<typeof createService>>;

  beforeAll(async () => {
    created = await createService(
      {
        name: 'wiring',
        description: 'test',
        config: defineConfig({ PORT: env.port(3997) }),
        module: () => TestModule,
        port: (c) => c.PORT,
      },
      {},
      destination,
    );
    await created.app.init();
  });
  afterAll(async () => {
    await created.app.get(PostgresReadiness).dataSource.destroy();
    await created.app.close();
  });

  const http = () => request(created.app.getHttpServer());

  it('answers liveness without looking at dependencies', async () => {
    await http().get('/health').expect(200, { status: 'ok', info: {}, error: {}, details: {} });
  });

  it('reports readiness per component, naming the one that is down', async () => {
    const response = await http().get('/ready').expect(503);
    expect(response.body.details.postgres.status).toBe('up');
    expect(response.body.details.nowhere.status).toBe('down');
  });

  it('exposes Prometheus metrics including HTTP durations by route pattern', async () => {
    await http().get('/products/conflict');
    const response = await http().get('/metrics').expect(200);
    expect(response.text).toContain('process_cpu_seconds_total');
    expect(response.text).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/products\/conflict",status="409"\} \d/,
    );
  });

  it('publishes its OpenAPI document', async () => {
    const response = await http().get('/openapi.json').expect(200);
    expect(response.body.info.title).toBe('mesh wiring');
    expect(Object.keys(response.body.paths)).toContain('/products');
  });

  it('answers invalid input with 400 and a JSON pointer per problem', async () => {
    const response = await http()
      .post('/products')
      .send({ name: 'Bad Name', ports: [{ type: 'ftp' }] })
      .expect(400);
    expect(response.body.error.code).toBe('invalid_input');
    expect(response.body.error.details.map((d: { pointer: string }) => d.pointer)).toEqual(['/name', '/ports/0/type']);
  });

  it('answers malformed JSON with a 400, not a 500', async () => {
    const response = await http()
      .post('/products')
      .set('Content-Type', 'application/json')
      .send('{"name": ')
      .expect(400);
    expect(response.body.error.status).toBe(400);
  });

  it('refuses a body over the limit with a 413 naming the limit, and reads one under it', async () => {
    const padding = 'x'.repeat(1_100_000);
    const tooLarge = await http().post('/products').send({ name: 'big', ports: [], padding }).expect(413);
    expect(tooLarge.body.error).toEqual({
      status: 413,
      code: 'payload_too_large',
      message: 'request body is larger than the limit of 1048576 bytes for this route',
    });
    // 150 kB is far over Nest's own 100 kB default: the platform's limit is the one in force.
    await http()
      .post('/products')
      .send({ name: 'fine', ports: [], padding: 'x'.repeat(150_000) })
      .expect(201);
  });

  it('maps context errors to their status and unknown routes to 404', async () => {
    await http().get('/products/conflict').expect(409);
    const response = await http().get('/nope').expect(404);
    expect(response.body.error.code).toBe('not_found');
  });

  it('answers an unexpected error with a 500 whose error id is in the log, without leaking the message', async () => {
    const response = await http().get('/products/boom').set('x-correlation-id', 'corr-42').expect(500);
    const { errorId, message } = response.body.error;
    expect(errorId).toMatch(/^[0-9a-f-]{36}$/);
    expect(message).not.toContain('hunter2');
    const line = logs.map((l) => JSON.parse(l)).find((entry) => entry.errorId === errorId);
    expect(line).toMatchObject({ level: 'error', service: 'wiring', correlationId: 'corr-42' });
    expect(response.headers['x-correlation-id']).toBe('corr-42');
  });

  it('never logs the Authorization header', async () => {
    await http().get('/products/conflict').set('Authorization', 'Bearer s3cr3t-token');
    expect(logs.join('')).not.toContain('s3cr3t-token');
  });
});

describe('a service process', () => {
  const run = (env: Record<string, string>) =>
    spawn(process.execPath, ['-r', '@swc-node/register', 'libs/platform/test/fixtures/tiny-service.ts'], {
      cwd: REPO,
      env: { ...process.env, ...env },
    });

  it('refuses to boot with a bad variable, naming it in one line', async () => {
    const child = run({ PORT: 'eighty' });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((done) => child.on('exit', done));
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^tiny: invalid configuration: PORT: /);
  });

  it('drains on SIGTERM and exits cleanly', async () => {
    const child = run({ PORT: '3998', LOG_LEVEL: 'warn' });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    for (let i = 0; i < 100; i++) {
      const up = await fetch('http://127.0.0.1:3998/health').then(
        (r) => r.ok,
        () => false,
      );
      if (up) break;
      await new Promise((wait) => setTimeout(wait, 200));
    }
    await fetch('http://127.0.0.1:3998/things/missing').then((r) => expect(r.status).toBe(404));
    child.kill('SIGTERM');
    const code = await new Promise((done) => child.on('exit', done));
    expect(code).toBe(0);
    expect(stdout).toContain('drained');
  });
});
