/**
 * The snippets a product page shows for an Iceberg port (the gateway's `OutputPort.snippets`), run exactly as a
 * consumer holding a grant would paste them: PyIceberg, PySpark and Trino's SQL, each with nothing but the consumer's
 * token in MESH_TOKEN, against the whole mesh with its warehouse in the stack's S3 store.
 */
import {
  buildWorld,
  createTrinoCatalog,
  HttpApi,
  pythonTool,
  requireTrino,
  startMesh,
  startSpark,
  trinoQuery,
  trinoRows,
  trinoUrl,
  uniqueName,
  type MeshUnderTest,
  type TrinoCatalog,
  type World,
} from '@mesh/testing';
import { spawnSync } from 'node:child_process';

interface Snippet {
  label: string;
  language: string;
  code: string;
}

const ROWS = [
  ['3f0c1f4e-5a43-4d0e-9a3c-1b2e4f6a7b01', 'web', 'paid', '12.50'],
  ['3f0c1f4e-5a43-4d0e-9a3c-1b2e4f6a7b02', 'store', 'shipped', '99.00'],
  ['3f0c1f4e-5a43-4d0e-9a3c-1b2e4f6a7b03', 'web', 'placed', '7.25'],
];

describe("a port's snippets, as the product page shows them, run as pasted", () => {
  const trinoCatalog = uniqueName('mesh').replace(/-/g, '_');
  let mesh: MeshUnderTest;
  let world: World;
  let trino: TrinoCatalog;
  let snippets: Snippet[];

  beforeAll(async () => {
    await requireTrino();
    mesh = await startMesh('snippets', {
      storage: 's3',
      env: { gateway: { TRINO_PUBLIC_URL: trinoUrl(), TRINO_CATALOG: trinoCatalog } },
    });
    world = await buildWorld(mesh);
    trino = await createTrinoCatalog(mesh.catalog.url, world.tokens.admin!, trinoCatalog);
    // The owner's pipeline writes the rows, through Trino.
    const values = ROWS.map(
      ([id, channel, status, total]) =>
        `(UUID '${id}', UUID '${id}', '${channel}', '${status}', 'EUR', DECIMAL '${total}', TIMESTAMP '2026-11-30 10:00:00 UTC', TIMESTAMP '2026-11-30 10:00:00 UTC')`,
    );
    await trinoRows(
      { user: 'sales-owner', token: world.tokens.owner },
      `INSERT INTO ${trinoCatalog}.sales."${world.fixtures.table}"
         (order_id, customer_id, channel, status, currency, total_amount, ordered_at, updated_at)
       VALUES ${values.join(', ')}`,
    );
    const reply = await new HttpApi(mesh.url('gateway'), world.tokens.grantee).post<{
      data: { product: { version: { ports: { name: string; snippets: Snippet[] }[] } } };
    }>('/graphql', {
      query: `{ product(domain: "sales", name: "orders") { version { ports { name snippets { label language code } } } } }`,
    });
    const port = reply.body.data.product.version.ports.find((candidate) => candidate.snippets.length === 3);
    snippets = port!.snippets;
  }, 400_000);
  afterAll(async () => {
    await trino?.drop();
    await mesh?.stop();
  });

  const snippet = (label: string) => snippets.find((candidate) => candidate.label === label)!.code;

  it('offers PyIceberg, Spark and Trino for the Iceberg port', () => {
    expect(snippets.map(({ label, language }) => [label, language])).toEqual([
      ['PyIceberg', 'python'],
      ['Spark', 'python'],
      ['Trino', 'sql'],
    ]);
    expect(snippet('Trino')).toContain(`${trinoUrl()}`);
  });

  it('reads the rows with the PyIceberg snippet', () => {
    const result = spawnSync(pythonTool('python', 'venv-s3'), ['-c', `${snippet('PyIceberg')}\nprint(rows.num_rows)`], {
      encoding: 'utf8',
      timeout: 120_000,
      env: {
        ...process.env,
        MESH_TOKEN: world.tokens.grantee,
        AWS_REQUEST_CHECKSUM_CALCULATION: 'when_required',
        AWS_RESPONSE_CHECKSUM_VALIDATION: 'when_required',
        PYICEBERG_MAX_WORKERS: '1',
      },
    });
    expect(result.stderr.split('\n').filter((line) => /Error|Traceback/.test(line))).toEqual([]);
    expect(result.stdout.trim()).toBe(String(ROWS.length));
  });

  it('reads the rows with the Spark snippet', async () => {
    const spark = await startSpark({ catalogs: {}, env: { MESH_TOKEN: world.tokens.grantee! } });
    try {
      const answer = await spark.python(`${snippet('Spark')}\nprint(df.count())`);
      expect(answer).toEqual({ output: `${ROWS.length}\n` });
    } finally {
      await spark.stop();
    }
  }, 300_000);

  it('reads the rows with the Trino snippet, with the token as its extra credential', async () => {
    const [answer] = await trinoQuery({ user: 'grantee', token: world.tokens.grantee }, [snippet('Trino')]);
    expect(answer.error).toBeUndefined();
    expect(answer.error === undefined && answer.rows.length).toBe(ROWS.length);
  });
});
