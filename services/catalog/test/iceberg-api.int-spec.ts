import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  appendCommit,
  startCatalogMesh,
  type Actor,
  type CatalogMesh,
  type IcebergError,
} from './support/catalog-mesh';

interface LoadResult {
  'metadata-location'?: string;
  metadata: {
    'table-uuid': string;
    location: string;
    'current-snapshot-id': number;
    properties: Record<string, string>;
    snapshots: { 'snapshot-id': number }[];
    'metadata-log': { 'metadata-file': string }[];
  };
}

const SCHEMA = {
  type: 'struct',
  fields: [
    { id: 1, name: 'id', type: 'long', required: true },
    { id: 2, name: 'label', type: 'string', required: false },
  ],
};

function append(id: number, parent: number | null, sequence: number) {
  return appendCommit({
    id,
    parent,
    sequence,
    summary: { operation: 'append', 'added-records': '1', 'total-records': String(sequence) },
  });
}

describe('catalog: the Iceberg REST API', () => {
  let mesh: CatalogMesh;
  let domain: string;
  let owner: Actor;
  let reader: Actor;

  const createTable = async (name: string, extra: Record<string, unknown> = {}) => {
    const reply = await owner.catalog.post<LoadResult>(`/v1/namespaces/${domain}/tables`, {
      name,
      schema: SCHEMA,
      ...extra,
    });
    expect(reply.status).toBe(200);
    expect(reply.body['metadata-location']).toMatch(/\/metadata\/00000-.*\.metadata\.json$/);
    return reply;
  };

  beforeAll(async () => {
    mesh = await startCatalogMesh('api');
    domain = await mesh.createDomain('api');
    owner = await mesh.createActor([{ role: 'domain-owner', domain }]);
    reader = await mesh.createActor([{ role: 'consumer' }]);
    expect(
      (await owner.catalog.post('/v1/namespaces', { namespace: [domain], properties: { team: 'a' } })).status,
    ).toBe(200);
  }, 120_000);
  afterAll(async () => {
    await mesh?.close();
  });

  it('serves its configuration: the warehouse and the endpoints', async () => {
    const reply = await owner.catalog.get<{ overrides: Record<string, string>; endpoints: string[] }>('/v1/config');
    expect(reply.status).toBe(200);
    expect(fileURLToPath(reply.body.overrides.warehouse)).toBe(mesh.catalog.warehouse);
    expect(reply.body.endpoints).toEqual(
      expect.arrayContaining([
        'POST /v1/{prefix}/transactions/commit',
        'POST /v1/{prefix}/namespaces/{namespace}/register',
      ]),
    );
  });

  it('answers 401 in the ErrorModel without a token', async () => {
    const reply = await owner.catalog.as(undefined).get<IcebergError>('/v1/namespaces');
    expect(reply.status).toBe(401);
    expect(reply.headers.get('www-authenticate')).toBe('Bearer');
    expect(reply.body.error).toEqual({
      type: 'NotAuthorizedException',
      code: 401,
      message: 'a bearer token is required',
    });
  });

  it('refuses names that could escape the warehouse, naming the parameter', async () => {
    const cases: [string, string][] = [
      [`/v1/namespaces/..%2F..%2Fetc/tables`, '/namespace'],
      [`/v1/namespaces/${domain}/tables/a%2F..%2F..%2Fb`, '/table'],
      [`/v1/namespaces/${domain}/tables/..%5Cx`, '/table'],
      [`/v1/namespaces/bad%01name`, '/namespace'],
      [`/v1/namespaces/a%1Fb`, '/namespace'],
    ];
    for (const [path, pointer] of cases) {
      const reply = await owner.catalog.get<IcebergError>(path);
      expect({ path, status: reply.status }).toEqual({ path, status: 400 });
      expect(reply.body.error.type).toBe('BadRequestException');
      expect(reply.body.error.message).toContain(`invalid ${pointer}`);
    }
    const named = await owner.catalog.post<IcebergError>(`/v1/namespaces/${domain}/tables`, {
      name: '../../etc',
      schema: SCHEMA,
    });
    expect(named.status).toBe(400);
    expect(named.body.error.message).toContain('invalid /name');
    const located = await owner.catalog.post<IcebergError>(`/v1/namespaces/${domain}/tables`, {
      name: 'elsewhere',
      schema: SCHEMA,
      location: `file://${mesh.catalog.warehouse}/../outside`,
    });
    expect(located.status).toBe(400);
    expect(located.body.error.message).toContain('invalid /location');
    const registered = await owner.catalog.post<IcebergError>(`/v1/namespaces/${domain}/register`, {
      name: 'stolen',
      'metadata-location': '/etc/passwd',
    });
    expect(registered.status).toBe(400);
    expect(registered.body.error.message).toContain('invalid /metadata-location');
    // Another domain's area of the warehouse is off limits too: its files are protected by its grants.
    const foreign = await owner.catalog.post<IcebergError>(`/v1/namespaces/${domain}/register`, {
      name: 'borrowed',
      'metadata-location': `file://${mesh.catalog.warehouse}/finance/ledger/metadata/00000-x.metadata.json`,
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.message).toContain(`the namespace's area of the warehouse`);
    const moved = await owner.catalog.post<IcebergError>(`/v1/namespaces/${domain}/tables`, {
      name: 'moved',
      schema: SCHEMA,
      location: `file://${mesh.catalog.warehouse}/finance/moved`,
    });
    expect(moved.status).toBe(400);
    expect(moved.body.error.message).toContain('invalid /location');
  });

  it('refuses an oversized body with 413 in the ErrorModel', async () => {
    const reply = await owner.catalog.post<IcebergError>(`/v1/namespaces/${domain}/tables`, {
      name: 'huge',
      schema: SCHEMA,
      properties: { padding: 'x'.repeat(5 * 1024 * 1024) },
    });
    expect(reply.status).toBe(413);
    expect(reply.body.error).toMatchObject({ type: 'RequestEntityTooLargeException', code: 413 });
  });

  it('refuses malformed and unknown updates and requirements, naming them', async () => {
    await createTable('malformed');
    const path = `/v1/namespaces/${domain}/tables/malformed`;
    const unknown = await owner.catalog.post<IcebergError>(path, {
      requirements: [],
      updates: [
        { action: 'set-properties', updates: { a: 'b' } },
        { action: 'add-view-version', 'view-version': {} },
      ],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain('/updates/1/action');
    const malformed = await owner.catalog.post<IcebergError>(path, {
      requirements: [],
      updates: [{ action: 'add-schema', schema: { type: 'struct', fields: [{ id: 'one', name: 'x', type: 'int' }] } }],
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toContain('/updates/0/schema/fields/0/id');
    const requirement = await owner.catalog.post<IcebergError>(path, {
      requirements: [{ type: 'assert-nothing' }],
      updates: [],
    });
    expect(requirement.status).toBe(400);
    expect(requirement.body.error.message).toContain('/requirements/0/type');
    const impossible = await owner.catalog.post<IcebergError>(path, {
      requirements: [],
      updates: [{ action: 'set-current-schema', 'schema-id': 7 }],
    });
    expect(impossible.status).toBe(400);
    expect(impossible.body.error.message).toBe('invalid /updates/0: no schema 7');
  });

  it('loads with an ETag and answers 304 to If-None-Match until the table changes', async () => {
    await createTable('tagged');
    const path = `/v1/namespaces/${domain}/tables/tagged`;
    const first = await owner.catalog.get(path);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    const unchanged = await owner.catalog.get(path, { 'If-None-Match': etag });
    expect(unchanged.status).toBe(304);
    // A commit of requirements alone changes nothing.
    const checked = await owner.catalog.post(path, {
      requirements: [{ type: 'assert-current-schema-id', 'current-schema-id': 0 }],
      updates: [],
    });
    expect(checked.status).toBe(200);
    expect(checked.headers.get('etag')).toBe(etag);
    expect((await owner.catalog.get(`${path}?snapshots=refs`, { 'If-None-Match': etag })).status).toBe(200);
    const committed = await owner.catalog.post(path, {
      requirements: [],
      updates: [{ action: 'set-properties', updates: { owner: 'team-a' } }],
    });
    expect(committed.headers.get('etag')).not.toBe(etag);
    expect((await owner.catalog.get(path, { 'If-None-Match': etag })).status).toBe(200);
  });

  it('lets exactly one of concurrent commits on the same parent win; the others get 409', async () => {
    await createTable('raced');
    const path = `/v1/namespaces/${domain}/tables/raced`;
    const replies = await Promise.all(
      Array.from({ length: 6 }, (_, index) => owner.catalog.post<IcebergError>(path, append(100 + index, null, 1))),
    );
    expect(replies.map((reply) => reply.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    for (const reply of replies.filter((candidate) => candidate.status === 409))
      expect(reply.body.error.type).toBe('CommitFailedException');
    const loaded = await owner.catalog.get<LoadResult>(path);
    expect(loaded.body.metadata.snapshots).toHaveLength(1);
  });

  it('keeps 64-bit snapshot ids exact', async () => {
    await createTable('wide');
    const path = `/v1/namespaces/${domain}/tables/wide`;
    const id = '9007199254740993123';
    const body = JSON.stringify(append(1, null, 1))
      .replace('"snapshot-id":1,', `"snapshot-id":${id},`)
      .replace('"snapshot-id":1}', `"snapshot-id":${id}}`);
    const committed = await owner.catalog.request('POST', path, body);
    expect(committed.status).toBe(200);
    const raw = await fetch(`${mesh.catalog.url}${path}`, { headers: { Authorization: `Bearer ${owner.token}` } });
    expect(await raw.text()).toContain(`"current-snapshot-id":${id}`);
  });

  it('commits a staged create, and refuses a second create of the same table', async () => {
    const staged = await owner.catalog.post<LoadResult>(`/v1/namespaces/${domain}/tables`, {
      name: 'staged',
      schema: SCHEMA,
      'stage-create': true,
    });
    expect(staged.status).toBe(200);
    expect(staged.body['metadata-location']).toBeUndefined();
    expect((await owner.catalog.get(`/v1/namespaces/${domain}/tables/staged`)).status).toBe(404);
    const create = {
      requirements: [{ type: 'assert-create' }],
      updates: [
        { action: 'assign-uuid', uuid: staged.body.metadata['table-uuid'] },
        { action: 'upgrade-format-version', 'format-version': 2 },
        { action: 'add-schema', schema: SCHEMA },
        { action: 'set-current-schema', 'schema-id': -1 },
        { action: 'add-spec', spec: { fields: [{ 'source-id': 1, transform: 'bucket[4]', name: 'id_bucket' }] } },
        { action: 'set-default-spec', 'spec-id': -1 },
        { action: 'add-sort-order', 'sort-order': { fields: [] } },
        { action: 'set-default-sort-order', 'sort-order-id': -1 },
        { action: 'set-location', location: staged.body.metadata.location },
        { action: 'set-properties', updates: { created: 'staged' } },
      ],
    };
    const committed = await owner.catalog.post<LoadResult>(`/v1/namespaces/${domain}/tables/staged`, create);
    expect(committed.status).toBe(200);
    expect(committed.body.metadata['table-uuid']).toBe(staged.body.metadata['table-uuid']);
    expect(committed.body.metadata.properties.created).toBe('staged');
    const again = await owner.catalog.post<IcebergError>(`/v1/namespaces/${domain}/tables/staged`, create);
    expect(again.status).toBe(409);
    expect(again.body.error.type).toBe('CommitFailedException');
  });

  it('commits several tables atomically: one failed requirement and none lands', async () => {
    await createTable('left');
    await createTable('right');
    const change = (name: string, requirements: unknown[]) => ({
      identifier: { namespace: [domain], name },
      requirements,
      updates: [{ action: 'set-properties', updates: { batch: 'one' } }],
    });
    const failed = await owner.catalog.post<IcebergError>('/v1/transactions/commit', {
      'table-changes': [
        change('left', []),
        change('right', [{ type: 'assert-current-schema-id', 'current-schema-id': 5 }]),
      ],
    });
    expect(failed.status).toBe(409);
    const left = await owner.catalog.get<LoadResult>(`/v1/namespaces/${domain}/tables/left`);
    expect(left.body.metadata.properties.batch).toBeUndefined();
    const landed = await owner.catalog.post('/v1/transactions/commit', {
      'table-changes': [change('left', []), change('right', [])],
    });
    expect(landed.status).toBe(204);
    for (const name of ['left', 'right']) {
      const table = await owner.catalog.get<LoadResult>(`/v1/namespaces/${domain}/tables/${name}`);
      expect(table.body.metadata.properties.batch).toBe('one');
      expect(table.body.metadata['metadata-log']).toHaveLength(1);
    }
  });

  it('renames, registers, lists a page at a time, and drops with purge', async () => {
    const created = await createTable('first');
    await createTable('second');
    const renamed = await owner.catalog.post('/v1/tables/rename', {
      source: { namespace: [domain], name: 'first' },
      destination: { namespace: [domain], name: 'renamed' },
    });
    expect(renamed.status).toBe(204);
    expect((await owner.catalog.get(`/v1/namespaces/${domain}/tables/first`)).status).toBe(404);

    const registered = await owner.catalog.post<LoadResult>(`/v1/namespaces/${domain}/register`, {
      name: 'registered',
      'metadata-location': created.body['metadata-location'],
    });
    expect(registered.status).toBe(200);
    expect(registered.body.metadata['table-uuid']).toBe(created.body.metadata['table-uuid']);

    const names: string[] = [];
    let token = '';
    for (let pages = 0; pages < 20; pages++) {
      const page = await owner.catalog.get<{ identifiers: { name: string }[]; 'next-page-token': string | null }>(
        `/v1/namespaces/${domain}/tables?pageSize=2&pageToken=${encodeURIComponent(token)}`,
      );
      expect(page.body.identifiers.length).toBeLessThanOrEqual(2);
      names.push(...page.body.identifiers.map((identifier) => identifier.name));
      if (page.body['next-page-token'] === null) break;
      token = page.body['next-page-token'];
    }
    const all = await owner.catalog.get<{ identifiers: { name: string }[] }>(`/v1/namespaces/${domain}/tables`);
    expect(names).toEqual(all.body.identifiers.map((identifier) => identifier.name));
    expect(names).toEqual(expect.arrayContaining(['renamed', 'registered', 'second']));

    const unregistered = await owner.catalog.post<LoadResult>(
      `/v1/namespaces/${domain}/tables/registered/unregister`,
      {},
    );
    expect(unregistered.status).toBe(200);
    expect(unregistered.body['metadata-location']).toBe(created.body['metadata-location']);
    expect((await owner.catalog.get(`/v1/namespaces/${domain}/tables/registered`)).status).toBe(404);
    expect(existsSync(fileURLToPath(unregistered.body['metadata-location']!))).toBe(true);

    const second = await owner.catalog.get<LoadResult>(`/v1/namespaces/${domain}/tables/second`);
    const directory = fileURLToPath(second.body.metadata.location);
    expect(existsSync(directory)).toBe(true);
    expect(
      (await owner.catalog.request('DELETE', `/v1/namespaces/${domain}/tables/second?purgeRequested=true`)).status,
    ).toBe(204);
    expect(existsSync(directory)).toBe(false);
    expect((await owner.catalog.get(`/v1/namespaces/${domain}/tables/second`)).status).toBe(404);
  });

  it('keeps namespaces to their domain: properties, not-empty drops, and other principals', async () => {
    const properties = await owner.catalog.post<{ updated: string[]; removed: string[]; missing: string[] }>(
      `/v1/namespaces/${domain}/properties`,
      { removals: ['team', 'absent'], updates: { steward: 'b' } },
    );
    expect(properties.body).toEqual({ updated: ['steward'], removed: ['team'], missing: ['absent'] });
    // The namespace's area of the warehouse is its location, where engines place new tables.
    expect((await owner.catalog.get<{ properties: unknown }>(`/v1/namespaces/${domain}`)).body.properties).toEqual({
      steward: 'b',
      location: `file://${mesh.catalog.warehouse}/${domain}`,
    });
    const notEmpty = await owner.catalog.request<IcebergError>('DELETE', `/v1/namespaces/${domain}`);
    expect(notEmpty.status).toBe(409);
    expect(notEmpty.body.error.type).toBe('NamespaceNotEmptyException');
    const foreign = await reader.catalog.post<IcebergError>('/v1/namespaces', { namespace: [domain, 'nested'] });
    expect(foreign.status).toBe(400);
    const forbidden = await reader.catalog.post<IcebergError>('/v1/namespaces', { namespace: ['someone-elses'] });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error.message).toBe("missing right: domain-owner or domain-member of domain 'someone-elses'");
    // Listing is open to any principal; loading an ad-hoc table is the domain's alone.
    expect((await reader.catalog.get(`/v1/namespaces/${domain}/tables`)).status).toBe(200);
    const load = await reader.catalog.get<IcebergError>(`/v1/namespaces/${domain}/tables/renamed`);
    expect(load.status).toBe(403);
  });

  it('offers platform admins an idempotent grants API, honouring expiry', async () => {
    await createTable('granted');
    // A grant only covers a product's table: bind this one as the provisioning flow would.
    await mesh.catalog.sql(
      `INSERT INTO table_bindings (namespace, table_name, domain, product, version, port) VALUES ($1, 'granted', $1, 'p', '1.0.0', 'granted')`,
      [domain],
    );
    const path = `/v1/namespaces/${domain}/tables/granted`;
    const grant = { principal: reader.id, domain, product: 'p', port: null };
    expect((await owner.catalog.request('PUT', '/v1/mesh/grants/g-1', grant)).status).toBe(403);
    expect((await mesh.admin.catalog.request('PUT', '/v1/mesh/grants/g-1', grant)).status).toBe(200);
    expect((await mesh.admin.catalog.request('PUT', '/v1/mesh/grants/g-1', grant)).status).toBe(200);
    expect((await reader.catalog.get(path)).status).toBe(200);
    const expired = { ...grant, expiresAt: new Date(Date.now() - 1000).toISOString() };
    expect((await mesh.admin.catalog.request('PUT', '/v1/mesh/grants/g-1', expired)).status).toBe(200);
    expect((await reader.catalog.get(path)).status).toBe(403);
    const listed = await mesh.admin.catalog.get<{ grants: { grantId: string }[] }>(
      `/v1/mesh/grants?principal=${reader.id}`,
    );
    expect(listed.body.grants.map((entry) => entry.grantId)).toEqual(['g-1']);
    expect((await mesh.admin.catalog.request('DELETE', '/v1/mesh/grants/g-1')).status).toBe(204);
    expect((await mesh.admin.catalog.request('DELETE', '/v1/mesh/grants/g-1')).status).toBe(204);
    expect((await mesh.admin.catalog.get('/v1/mesh/grants/g-1')).status).toBe(404);
  });
});
