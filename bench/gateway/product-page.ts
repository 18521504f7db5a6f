import { latencies, round, runLoad } from '../support/report';
import { cpuPer, readCpu, type CpuReading, type GatewayUnderTest } from './gateway-process';

// The services the gateway composes, where it finds them too (it inherits this environment).
const REGISTRY = process.env.REGISTRY_URL ?? 'http://127.0.0.1:3001';
const QUALITY = process.env.QUALITY_URL ?? 'http://127.0.0.1:3005';
const LINEAGE = process.env.LINEAGE_URL ?? 'http://127.0.0.1:5000';

type Get = (base: string, path: string) => Promise<unknown>;

/**
 * A part of the product page: its selection on `Product`, and the REST calls that fetch the same data directly.
 * `product` is the registry's answer for the product, which the version's ports need (its latest version).
 */
interface PagePart {
  selection: string;
  direct: (get: Get, product: string, answer: Promise<{ latestVersion: string }>) => Promise<unknown>[];
}

/** Always asked: the product itself, from `GET /v1/products/{d}/{n}` on the direct path. */
const CORE = 'title owner status latestVersion versions(first: 10) { nodes { version state } }';

const PARTS: Record<string, PagePart> = {
  version: {
    selection:
      'version { ports { name type physicalName iceberg { identifier catalogUri } kafka { topic schemaSubject } } }',
    direct: (get, product, answer) => [
      answer.then(({ latestVersion }) => get(REGISTRY, `/v1/products/${product}/versions/${latestVersion}`)),
    ],
  },
  quality: {
    selection: 'quality { score tier openAlerts { id severity message } }',
    direct: (get, product) => [
      get(QUALITY, `/v1/products/${product}/score`),
      get(QUALITY, `/v1/products/${product}/alerts`),
    ],
  },
  lineage: {
    selection: 'lineage(direction: DOWNSTREAM, depth: 2) { totalCount nodes { domain name depth } }',
    direct: (get, product) => [get(LINEAGE, `/v1/products/${product}/lineage?direction=downstream&depth=2`)],
  },
};

interface GraphQLAnswer {
  data?: { product: unknown } | null;
  errors?: { message: string; path?: (string | number)[] }[];
}

class GraphQLErrors extends Error {
  constructor(readonly errors: NonNullable<GraphQLAnswer['errors']>) {
    super(errors.map((error) => `${(error.path ?? []).join('.')}: ${error.message}`).join('; '));
  }
}

function pageQuery(parts: readonly string[]): string {
  const selections = [CORE, ...parts.map((name) => PARTS[name].selection)].join(' ');
  return `query ProductPage($domain: String!, $name: String!) { product(domain: $domain, name: $name) { ${selections} } }`;
}

type Page = () => Promise<void>;

function viaGateway(gateway: GatewayUnderTest, token: string, product: string, parts: readonly string[]): Page {
  const [domain, name] = product.split('/');
  const body = JSON.stringify({ query: pageQuery(parts), variables: { domain, name } });
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  return async () => {
    const response = await fetch(`${gateway.url}/graphql`, { method: 'POST', headers, body });
    const answer = (await response.json()) as GraphQLAnswer;
    if (answer.errors !== undefined && answer.errors.length > 0) throw new GraphQLErrors(answer.errors);
    if (response.status !== 200 || !answer.data?.product) throw new Error(`the gateway answered ${response.status}`);
  };
}

/** The same data as a client without the gateway gets it: every call at once, but the version after the product. */
function direct(token: string, product: string, parts: readonly string[]): Page {
  const headers = { authorization: `Bearer ${token}` };
  const get: Get = async (base, path) => {
    const response = await fetch(`${base}${path}`, { headers });
    const body: unknown = await response.json();
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    return body;
  };
  return async () => {
    const answer = get(REGISTRY, `/v1/products/${product}`) as Promise<{ latestVersion: string }>;
    await Promise.all([answer, ...parts.flatMap((name) => PARTS[name].direct(get, product, answer))]);
  };
}

/**
 * The parts the gateway serves without errors now. A part whose field errors (a service it needs is older or newer
 * than the gateway) is left out of both paths, and reported, rather than counting every page as a failure.
 */
async function servedParts(gateway: GatewayUnderTest, token: string, product: string) {
  const dropped: Record<string, string> = {};
  try {
    await viaGateway(gateway, token, product, Object.keys(PARTS))();
  } catch (error) {
    if (!(error instanceof GraphQLErrors)) throw error;
    for (const { path, message } of error.errors) {
      const part = path?.[1];
      if (path?.[0] !== 'product' || typeof part !== 'string' || !(part in PARTS)) throw error;
      dropped[part] = message;
    }
  }
  return { parts: Object.keys(PARTS).filter((name) => !(name in dropped)), dropped };
}

interface PathRun {
  page: Page;
  samples: number[];
  failures: number;
  firstFailure: string | null;
  perSecond: number;
  cpu: CpuReading;
}

/** A path whose failures are counted by runLoad, with the first one's message kept for the report. */
function tracked(page: Page): PathRun {
  const path: PathRun = {
    samples: [],
    failures: 0,
    firstFailure: null,
    perSecond: 0,
    cpu: { gateway: 0, bench: 0 },
    page: async () => {
      try {
        await page();
      } catch (error) {
        path.firstFailure ??= (error as Error).message;
        throw error;
      }
    },
  };
  return path;
}

/**
 * The product page under `clients` closed-loop clients, through the gateway and direct, after a warm-up round of
 * each (JIT, keep-alive connections, the services' token caches), then in two alternating rounds of each, so that
 * neither path gets a quieter machine: other work on these 2 cores comes and goes.
 */
export async function productPage(
  gateway: GatewayUnderTest,
  options: { token: string; product: string; clients: number; seconds: number },
) {
  const { parts, dropped } = await servedParts(gateway, options.token, options.product);
  const paths = {
    gateway: tracked(viaGateway(gateway, options.token, options.product, parts)),
    direct: tracked(direct(options.token, options.product, parts)),
  };
  const roundSeconds = options.seconds / 2;
  for (const path of Object.values(paths)) await runLoad(options.clients, Math.min(3, roundSeconds), path.page);
  for (let pass = 0; pass < 2; pass++) {
    for (const path of Object.values(paths)) {
      const before = readCpu(gateway.pid);
      const result = await runLoad(options.clients, roundSeconds, path.page);
      const after = readCpu(gateway.pid);
      path.cpu.gateway += after.gateway - before.gateway;
      path.cpu.bench += after.bench - before.bench;
      path.samples.push(...result.samples);
      path.failures += result.failures;
      path.perSecond += result.perSecond / 2;
    }
  }
  const summary = ({ samples, failures, firstFailure, perSecond, cpu }: PathRun) => ({
    ...latencies(samples),
    perSecond: round(perSecond),
    failures,
    ...(firstFailure === null ? {} : { firstFailure }),
    // On the direct path, the gateway's figure is its idle background (Kafka fetches, timers): the noise floor.
    cpuMsPerPage: cpuPer({ gateway: 0, bench: 0 }, cpu, samples.length),
  });
  const viaGw = summary(paths.gateway);
  const straight = summary(paths.direct);
  return {
    product: options.product,
    clients: options.clients,
    secondsPerPath: options.seconds,
    fields: ['product core', ...parts],
    ...(Object.keys(dropped).length === 0 ? {} : { droppedBecauseTheGatewayErrs: dropped }),
    gateway: viaGw,
    direct: straight,
    ratioP50: round(viaGw.p50Ms / straight.p50Ms, 2),
    ratioP99: round(viaGw.p99Ms / straight.p99Ms, 2),
  };
}
