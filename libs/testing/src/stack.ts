import { connect } from 'node:net';

/** Where the integration tests find each component: the same variables the services read. */
export const stack = {
  databaseUrl: (database = 'mesh_test') =>
    process.env.DATABASE_URL ?? `postgres://mesh:mesh@127.0.0.1:5432/${database}`,
  redisUrl: () => process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  kafkaBrokers: () => (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
  openSearchUrl: () => process.env.OPENSEARCH_URL ?? 'http://127.0.0.1:9200',
  s3Endpoint: () => process.env.S3_ENDPOINT ?? 'http://127.0.0.1:9000',
};

interface Endpoint {
  component: string;
  variable: string;
  host: string;
  port: number;
}

function endpoints(): Endpoint[] {
  const fromUrl = (component: string, variable: string, url: string, fallbackPort: number): Endpoint => {
    const parsed = new URL(url);
    return { component, variable, host: parsed.hostname, port: Number(parsed.port || fallbackPort) };
  };
  const [kafkaHost, kafkaPort] = stack.kafkaBrokers()[0].split(':');
  return [
    fromUrl('postgres', 'DATABASE_URL', stack.databaseUrl(), 5432),
    fromUrl('redis', 'REDIS_URL', stack.redisUrl(), 6379),
    { component: 'kafka', variable: 'KAFKA_BROKERS', host: kafkaHost, port: Number(kafkaPort) },
    fromUrl('opensearch', 'OPENSEARCH_URL', stack.openSearchUrl(), 9200),
    fromUrl('s3', 'S3_ENDPOINT', stack.s3Endpoint(), 9000),
  ];
}

function reachable({ host, port }: Endpoint, timeoutMs = 2000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: timeoutMs });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });
}

/**
 * Fails, naming every missing component and how to start it. Integration tests never
 * skip: a run without the stack is a failed run.
 */
export async function requireStack(): Promise<void> {
  const missing: string[] = [];
  for (const endpoint of endpoints()) {
    if (!(await reachable(endpoint))) {
      missing.push(
        `${endpoint.component} is not reachable at ${endpoint.host}:${endpoint.port} (${endpoint.variable})`,
      );
    }
  }
  if (missing.length) {
    throw new Error(
      `integration tests need the local stack: ${missing.join('; ')}. Start it with \`infra/local/stack up\` or run \`./platform test\`.`,
    );
  }
}
