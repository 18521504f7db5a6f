import { eventually, productCopy, type HttpApi } from '@mesh/testing';
import { asYaml, example, startGovernanceMesh, type Descriptor, type GovernanceMesh } from './support/mesh';

interface VersionView {
  version: string;
  state: string;
  violations?: { policyId: string; message: string; severity: string }[];
  provisioning: { jobId: string; ports: { name: string; type: string; address: string }[] } | null;
}

interface ComplianceView {
  domains: { domain: string; products: number; passing: number; openViolations: { total: number } }[];
}

const versionOf = async (api: HttpApi, domain: string, name: string, version: string) => {
  const reply = await api.get<{ versions: VersionView[] }>(`/v1/products/${domain}/${name}`);
  return reply.body.versions?.find((candidate) => candidate.version === version);
};

describe('the governance service', () => {
  let mesh: GovernanceMesh;

  beforeAll(async () => {
    mesh = await startGovernanceMesh('governance', { WAIVER_EXPIRY_INTERVAL_MS: '500' });
    for (const name of ['sales', 'finance', 'logistics']) {
      const reply = await mesh.admin.post('/v1/domains', { name, title: name, owningTeam: `team-${name}` });
      if (reply.status !== 201) throw new Error(`creating domain ${name}: ${JSON.stringify(reply.body)}`);
    }
  }, 120_000);

  afterAll(async () => {
    await mesh?.close();
  });

  /** Applies a descriptor to the registry and takes it to published, reporting its ports as provisioning would. */
  async function publish(descriptor: Descriptor): Promise<void> {
    const { domain, name, version } = descriptor.metadata;
    const applied = await mesh.admin.put(`/v1/products/${domain}/${name}`, asYaml(descriptor), 'application/yaml');
    expect(applied.status).toBe(201);
    let provisioning: VersionView | undefined;
    await eventually(
      async () => (provisioning = await versionOf(mesh.admin, domain, name, version))?.state === 'provisioning',
      async () =>
        `${domain}/${name} ${version} is ${JSON.stringify(await versionOf(mesh.admin, domain, name, version))}`,
    );
    for (const port of provisioning?.provisioning?.ports ?? []) {
      await mesh.publish('provisioning.port.provisioned', `urn:mesh:product:${domain}:${name}`, {
        jobId: provisioning?.provisioning?.jobId ?? '',
        product: { domain, name, version },
        port: { name: port.name, type: port.type, address: port.address },
      });
    }
    await eventually(
      async () => (await versionOf(mesh.admin, domain, name, version))?.state === 'published',
      () => `${domain}/${name} ${version} was not published`,
    );
  }

  it('seeds the starter pack as global blocking policies', async () => {
    const reply = await mesh.governanceAdmin.get<{ items: { id: string; scope: string; revision: number }[] }>(
      '/v1/policies?scope=global',
    );
    expect(reply.status).toBe(200);
    expect(reply.body.items.map((policy) => policy.id)).toEqual(
      expect.arrayContaining(['owner-and-description', 'pii-restricted', 'freshness-sla', 'breaking-change-versioned']),
    );
  });

  it('approves a compliant version, which then gets published', async () => {
    await publish(example('sales-orders'));
  });

  it('rejects a breaking version until the previous one is deprecated with a sunset', async () => {
    const breaking = (version: string, description: string) => {
      const next = example('sales-orders');
      next.metadata.version = version;
      next.metadata.description = description;
      next.spec.contract.schema[0].fields.pop();
      return next;
    };
    const stateOf = async (version: string) => (await versionOf(mesh.admin, 'sales', 'orders', version))?.state;
    const first = breaking('2.0.0', 'Orders without their last update time.');
    expect((await mesh.admin.put('/v1/products/sales/orders', asYaml(first), 'application/yaml')).status).toBe(201);
    await eventually(
      async () => (await stateOf('2.0.0')) === 'rejected',
      () => '2.0.0 was not rejected',
    );
    expect((await versionOf(mesh.admin, 'sales', 'orders', '2.0.0'))?.violations).toEqual([
      expect.objectContaining({ policyId: 'breaking-change-versioned' }),
    ]);

    const sunsetAt = new Date(Date.now() + 90 * 86_400_000).toISOString();
    const deprecated = await mesh.admin.post('/v1/products/sales/orders/versions/1.4.0/deprecate', { sunsetAt });
    expect(deprecated.status).toBe(200);
    await eventually(
      async () =>
        (
          await mesh.sql<{ sunset_at: Date | null }>(
            "SELECT sunset_at FROM product_versions WHERE domain = 'sales' AND name = 'orders' AND version = '1.4.0'",
          )
        )[0]?.sunset_at != null,
      () => 'governance did not record the sunset of 1.4.0',
    );
    const second = breaking('2.0.1', 'Orders without their last update time, now that 1.x has a sunset.');
    expect((await mesh.admin.put('/v1/products/sales/orders', asYaml(second), 'application/yaml')).status).toBe(201);
    await eventually(
      async () => ['provisioning', 'approved'].includes((await stateOf('2.0.1')) ?? ''),
      async () => `2.0.1 is ${JSON.stringify(await versionOf(mesh.admin, 'sales', 'orders', '2.0.1'))}`,
    );
  });

  it('rejects a version that breaks a starter policy, with the policy message on the version in the registry', async () => {
    const leaky = productCopy(example('sales-customers'), 'customers-leaky');
    leaky.spec.access = { visibility: 'internal', approval: 'auto' };
    const applied = await mesh.admin.put('/v1/products/sales/customers-leaky', asYaml(leaky), 'application/yaml');
    expect(applied.status).toBe(201);
    await eventually(
      async () =>
        (await versionOf(mesh.admin, 'sales', 'customers-leaky', leaky.metadata.version))?.state === 'rejected',
      () => 'the version was not rejected',
      10_000,
    );
    const rejected = await versionOf(mesh.admin, 'sales', 'customers-leaky', leaky.metadata.version);
    const decisions = await mesh.governanceAdmin.get<{ items: { trigger: string; outcome: string }[] }>(
      `/v1/decisions/sales/customers-leaky/${leaky.metadata.version}`,
    );
    expect(decisions.body.items).toEqual([expect.objectContaining({ trigger: 'proposal', outcome: 'rejected' })]);
    expect(rejected?.violations).toEqual([
      {
        policyId: 'pii-restricted',
        policyVersion: 1,
        severity: 'blocking',
        message: 'A product with PII fields needs access.visibility restricted and access.approval manual.',
      },
    ]);
  });

  it('answers decisions of an unknown version with a 404, and of a malformed path with a 400 by pointer', async () => {
    const unknown = await mesh.governanceAdmin.get<{ error: { code: string } }>(
      '/v1/decisions/sales/no-such-product/1.0.0',
    );
    expect(unknown).toMatchObject({ status: 404, body: { error: { code: 'unknown_version' } } });
    const malformed = await mesh.governanceAdmin.get<{ error: { details: { pointer: string }[] } }>(
      '/v1/decisions/..%2fetc%2fpasswd/orders/not-a-version',
    );
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.details.map((detail) => detail.pointer)).toEqual(['/domain', '/version']);
  });

  it('rejects a proposed descriptor that lacks an owner, with the policy message on the version in the registry', async () => {
    // The descriptor schema leaves the owner optional on purpose: requiring one is this policy's job.
    const ownerless = productCopy(example('sales-orders'), 'orders-ownerless');
    delete ownerless.metadata.owner;
    const { version } = ownerless.metadata;
    const applied = await mesh.admin.put('/v1/products/sales/orders-ownerless', asYaml(ownerless), 'application/yaml');
    expect(applied.status).toBe(201);
    await eventually(
      async () => (await versionOf(mesh.admin, 'sales', 'orders-ownerless', version))?.state === 'rejected',
      async () =>
        `the ownerless version is ${JSON.stringify(await versionOf(mesh.admin, 'sales', 'orders-ownerless', version))}`,
      10_000,
    );
    expect((await versionOf(mesh.admin, 'sales', 'orders-ownerless', version))?.violations).toEqual([
      {
        policyId: 'owner-and-description',
        policyVersion: 1,
        severity: 'blocking',
        message: 'The product must name its owning team (metadata.owner) and say what it is (metadata.description).',
      },
    ]);
  });

  it('evaluates a descriptor the schema refuses synchronously, still reporting each policy', async () => {
    // Without a description the descriptor is invalid (the schema requires one); the dry run evaluates it anyway.
    const ownerless = example('sales-orders');
    delete ownerless.metadata.owner;
    delete (ownerless.metadata as Partial<typeof ownerless.metadata>).description;
    const reply = await mesh.governanceAdmin.request<{
      outcome: string;
      valid: boolean;
      evaluations: { policyId: string; outcome: string; message: string | null }[];
    }>('POST', '/v1/evaluate', asYaml(ownerless), 'application/yaml');
    expect(reply.status).toBe(200);
    expect(reply.body.outcome).toBe('rejected');
    expect(reply.body.valid).toBe(false);
    expect(reply.body.evaluations.find((evaluation) => evaluation.policyId === 'owner-and-description')).toEqual(
      expect.objectContaining({ outcome: 'fail', message: expect.stringContaining('metadata.owner') }),
    );
  });

  it('refuses invalid CEL with the position of the error at /expression', async () => {
    const reply = await mesh.governanceAdmin.put<{ error: { details: { pointer: string; message: string }[] } }>(
      '/v1/policies/broken',
      {
        title: 'Broken',
        description: 'Does not parse',
        scope: 'global',
        severity: 'warning',
        expression: 'product.metadata.owner == && true',
        message: 'never seen',
      },
    );
    expect(reply.status).toBe(400);
    expect(reply.body.error.details).toEqual([
      { pointer: '/expression', message: expect.stringMatching(/^line 1, column 27 \(offset 26\): /) },
    ]);
  });

  it('names the unexpected word of a CEL syntax error, not its last character', async () => {
    const reply = await mesh.governanceAdmin.put<{ error: { details: { pointer: string; message: string }[] } }>(
      '/v1/policies/wordy',
      {
        title: 'Wordy',
        description: 'Writes and as a word',
        scope: 'global',
        severity: 'warning',
        expression: 'size(product.spec.outputPorts) > 0 AND true',
        message: 'never seen',
      },
    );
    expect(reply.status).toBe(400);
    expect(reply.body.error.details).toEqual([
      { pointer: '/expression', message: "line 1, column 36 (offset 35): Unexpected 'AND': CEL writes it &&" },
    ]);
  });

  it('counts an expression failing at run time as an error with the reason, never a pass', async () => {
    const applied = await mesh.governanceAdmin.put(
      '/v1/policies/finance-cost-centre',
      [
        'title: Cost centre named',
        'description: Finance products name their cost centre',
        'scope: domain:finance',
        'severity: blocking',
        'expression: product.metadata.costCentre != ""',
        'message: Finance products must name their cost centre.',
      ].join('\n'),
      'application/yaml',
    );
    expect(applied.status).toBe(201);
    const history = await mesh.governanceAdmin.get<{
      items: { revision: number; change: string; policy: { scope: string } }[];
    }>('/v1/policies/finance-cost-centre/revisions');
    expect(history.body.items).toEqual([
      expect.objectContaining({
        revision: 1,
        change: 'created',
        policy: expect.objectContaining({ scope: 'domain:finance' }),
      }),
    ]);
    const revenue = example('finance-revenue');
    const reply = await mesh.governanceAdmin.request<{
      outcome: string;
      evaluations: { policyId: string; outcome: string; message: string | null }[];
    }>('POST', '/v1/evaluate', revenue);
    expect(reply.body.outcome).toBe('rejected');
    expect(reply.body.evaluations.find((evaluation) => evaluation.policyId === 'finance-cost-centre')).toEqual(
      expect.objectContaining({ outcome: 'error', message: expect.stringContaining('costCentre') }),
    );
  });

  it('gives policies the lineage facts kept from lineage events', async () => {
    const applied = await mesh.governanceAdmin.put('/v1/policies/sales-leaf', {
      title: 'Sales products have no consumers yet',
      description: 'Lineage facts reach expressions',
      scope: 'domain:sales',
      severity: 'warning',
      expression: 'lineage.downstreamCount == 0',
      message: 'This product already has consumers.',
    });
    expect(applied.status).toBe(201);
    await mesh.publish('lineage.edges.changed', 'urn:mesh:product:sales:orders', {
      added: [{ upstream: 'urn:mesh:product:sales:orders', downstream: 'urn:mesh:product:finance:revenue' }],
      removed: [],
    });
    const leaf = async () => {
      const reply = await mesh.governanceAdmin.request<{
        outcome: string;
        evaluations: { policyId: string; outcome: string }[];
      }>('POST', '/v1/evaluate', example('sales-orders'));
      return reply.body;
    };
    await eventually(
      async () => (await leaf()).evaluations.some((e) => e.policyId === 'sales-leaf' && e.outcome === 'fail'),
      async () => JSON.stringify(await leaf()),
    );
    // A warning never blocks: the only other policies that do not pass are the starter pack's own.
    expect((await leaf()).evaluations.filter((e) => e.outcome !== 'pass')).toEqual([
      expect.objectContaining({ policyId: 'sales-leaf', outcome: 'fail' }),
    ]);
    const deleted = await mesh.governanceAdmin.request('DELETE', '/v1/policies/sales-leaf');
    expect(deleted.status).toBe(204);
    expect((await mesh.governanceAdmin.get('/v1/policies/sales-leaf')).status).toBe(404);
  });

  it('lets domain owners write policies for their own domain only', async () => {
    const salesOwner = await mesh.actor([{ role: 'domain-owner', domain: 'sales' }]);
    const policy = (scope: string) => ({
      title: 'Tagged',
      description: 'Products carry tags',
      scope,
      severity: 'warning',
      expression: 'has(product.metadata.tags) && size(product.metadata.tags) > 0',
      message: 'Tag the product.',
    });
    const global = await salesOwner.governance.put<{ error: { message: string } }>(
      '/v1/policies/tagged',
      policy('global'),
    );
    expect(global.status).toBe(403);
    expect(global.body.error.message).toContain('governance-admin');
    const other = await salesOwner.governance.put<{ error: { message: string } }>(
      '/v1/policies/tagged',
      policy('domain:finance'),
    );
    expect(other.status).toBe(403);
    expect(other.body.error.message).toContain("domain-owner of domain 'finance'");
    expect((await salesOwner.governance.put('/v1/policies/sales-tagged', policy('domain:sales'))).status).toBe(201);
    const takeover = await salesOwner.governance.put('/v1/policies/freshness-sla', policy('domain:sales'));
    expect(takeover.status).toBe(409);
    const anonymous = await fetch(`${mesh.governance.serviceUrl}/v1/policies`);
    expect(anonymous.status).toBe(401);
  });

  it("records every write request it answers, allowed or refused, in the registry's audit log", async () => {
    const consumer = await mesh.actor([{ role: 'consumer' }]);
    const consumerId = (await consumer.registry.get<{ principal: { id: string } }>('/v1/me')).body.principal.id;
    const adminId = (await mesh.admin.get<{ principal: { id: string } }>('/v1/me')).body.principal.id;
    const policy = {
      title: 'Audited',
      description: 'Products say who answers for them',
      scope: 'global',
      severity: 'warning',
      expression: 'has(product.metadata.owner)',
      message: 'Name an owner.',
    };
    const allowed = await mesh.governanceAdmin.put('/v1/policies/audited', policy);
    expect(allowed.status).toBe(201);
    const refused = await consumer.governance.put('/v1/policies/audited', policy);
    expect(refused.status).toBe(403);
    // A dry run stores nothing, so it is not a write to record; the deletion after it is.
    const dryRun = await mesh.governanceAdmin.request('POST', '/v1/evaluate', asYaml(example('sales-orders')), {
      'Content-Type': 'application/yaml',
    });
    expect(dryRun.status).toBe(200);
    const deleted = await mesh.governanceAdmin.delete('/v1/policies/audited');
    expect(deleted.status).toBe(204);

    const requestIds = [allowed, refused, dryRun, deleted].map((reply) => reply.headers.get('x-request-id'));
    type Entry = { actor: string | null; action: string; service: string; path: string; status: number };
    const entryOf = async (requestId: string | null) =>
      (await mesh.admin.get<{ items: Entry[] }>(`/v1/audit?service=governance&requestId=${requestId}`)).body.items;
    await eventually(
      async () => (await entryOf(requestIds[3])).length === 1,
      () => 'the deletion did not reach the audit log',
    );
    // One partition carries a service's entries in order: the dry run's would have arrived before the deletion's.
    expect(await Promise.all(requestIds.map(entryOf))).toEqual([
      [
        expect.objectContaining({
          actor: adminId,
          action: 'PUT /v1/policies/:id',
          path: '/v1/policies/audited',
          status: 201,
        }),
      ],
      [expect.objectContaining({ actor: consumerId, action: 'PUT /v1/policies/:id', status: 403 })],
      [],
      [expect.objectContaining({ actor: adminId, action: 'DELETE /v1/policies/:id', status: 204 })],
    ]);
    const others = await consumer.registry.get('/v1/audit?service=governance');
    expect(others.status).toBe(403);
  });

  it('shows already-published violators in the compliance report when a new global policy arrives', async () => {
    await publish(example('logistics-shipments'));
    await eventually(
      async () => {
        const report = await mesh.governanceAdmin.get<ComplianceView>('/v1/compliance');
        return report.body.domains?.find((domain) => domain.domain === 'logistics')?.passing === 1;
      },
      () => 'logistics/shipments is not in the compliance report as passing',
    );
    const applied = await mesh.governanceAdmin.put('/v1/policies/no-internal', {
      title: 'Nothing merely internal',
      description: 'A stricter rule arriving after products were published',
      scope: 'global',
      severity: 'blocking',
      expression: 'product.metadata.classification != "internal"',
      message: 'Internal products must be reclassified.',
    });
    expect(applied.status).toBe(201);
    await eventually(
      async () => {
        const report = await mesh.governanceAdmin.get<{ violations: { policyId: string }[] }>(
          '/v1/compliance/logistics',
        );
        return report.body.violations.some((violation) => violation.policyId === 'no-internal');
      },
      async () => JSON.stringify((await mesh.governanceAdmin.get('/v1/compliance/logistics')).body),
    );
    const report = await mesh.governanceAdmin.get<ComplianceView>('/v1/compliance');
    expect(report.body.domains.find((domain) => domain.domain === 'logistics')).toMatchObject({
      products: 1,
      passing: 0,
      openViolations: { total: 1 },
    });
    // sales/orders, published earlier and internal too, is a violator as well.
    expect(report.body.domains.find((domain) => domain.domain === 'sales')).toMatchObject({ passing: 0 });
  });

  it('announces the changed outcome of published versions, and lets a waiver exempt a product until it expires', async () => {
    const decisions = await mesh.sql<{ trigger: string; outcome: string }>(
      "SELECT trigger, outcome FROM evaluations WHERE domain = 'logistics' AND trigger = 'policy_change'",
    );
    expect(decisions).toEqual([{ trigger: 'policy_change', outcome: 'rejected' }]);
    const passing = async () =>
      (await mesh.governanceAdmin.get<ComplianceView>('/v1/compliance')).body.domains.find(
        (domain) => domain.domain === 'logistics',
      )?.passing;

    const logisticsOwner = await mesh.actor([{ role: 'domain-owner', domain: 'logistics' }]);
    const waiver = {
      product: 'logistics/shipments',
      policyId: 'no-internal',
      reason: 'Reclassification is under review with the data protection officer',
      expiresAt: new Date(Date.now() + 4_000).toISOString(),
    };
    const refused = await logisticsOwner.governance.post<{ error: { message: string } }>('/v1/waivers', waiver);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('governance-admin or platform-admin');

    const granted = await mesh.governanceAdmin.post<{ id: string; active: boolean }>('/v1/waivers', waiver);
    expect(granted.status).toBe(201);
    expect(granted.body.active).toBe(true);
    await eventually(
      async () => (await passing()) === 1,
      () => 'the waiver did not exempt logistics/shipments',
    );
    // On expiry the product is re-evaluated, and violates the policy again.
    await eventually(
      async () => (await passing()) === 0,
      () => 'the expired waiver still exempts the product',
    );
    const malformed = await mesh.governanceAdmin.post<{ error: { details: { pointer: string }[] } }>(
      '/v1/waivers/not-a-waiver/revoke',
      {},
    );
    expect(malformed.status).toBe(400);
    const listed = await mesh.governanceAdmin.get<{ items: { id: string; active: boolean }[] }>(
      '/v1/waivers?product=logistics/shipments&active=false',
    );
    expect(listed.body.items).toEqual([expect.objectContaining({ id: granted.body.id, active: false })]);
  });

  it('refuses access requests that break an access-request policy: pending ones denied, automatic grants revoked', async () => {
    await publish(example('sales-customers'));
    const purposeStated = {
      title: 'Purpose stated',
      description: 'Access to data says what it is for',
      scope: 'global',
      target: 'access-request',
      severity: 'blocking',
      expression: 'size(request.purpose) >= 20',
      message: 'Say what the access is for, in 20 characters or more.',
    };
    // What an expression sees depends on its target: `request` means nothing to a product-version policy.
    const misplaced = await mesh.governanceAdmin.put<{ error: { details: { pointer: string }[] } }>(
      '/v1/policies/purpose-misplaced',
      { ...purposeStated, target: 'product-version' },
    );
    expect(misplaced.status).toBe(400);
    expect(misplaced.body.error.details[0].pointer).toBe('/expression');
    expect((await mesh.governanceAdmin.put('/v1/policies/purpose-stated', purposeStated)).status).toBe(201);

    const consumer = await mesh.actor([{ role: 'consumer' }]);
    const until = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const ask = async (product: string, purpose: string) => {
      const reply = await consumer.registry.post<{ id: string; state: string }>(
        `/v1/products/${product}/access-requests`,
        { purpose, until },
      );
      expect(reply.status).toBe(201);
      return reply.body;
    };
    const settled = async (id: string, state: string) => {
      let found: { state: string; reason: string | null; revocationReason: string | null } | undefined;
      await eventually(
        async () => {
          const mine = await consumer.registry.get<{ items: (NonNullable<typeof found> & { id: string })[] }>(
            '/v1/access-requests',
          );
          found = mine.body.items.find((request) => request.id === id);
          return found?.state === state;
        },
        () => `access request ${id} is ${JSON.stringify(found)}, not ${state}`,
      );
      return found!;
    };

    // sales/customers needs the owners' approval: a request that breaks the policy is denied before they see it.
    const vague = await ask('sales/customers', 'dashboards');
    expect(vague.state).toBe('pending');
    expect((await settled(vague.id, 'denied')).reason).toBe(
      'refused by governance: purpose-stated: Say what the access is for, in 20 characters or more.',
    );
    // shipments grants automatically: the grant made at once is revoked when governance refuses.
    const automatic = await ask('logistics/shipments', 'reports');
    expect(automatic.state).toBe('granted');
    expect((await settled(automatic.id, 'revoked')).revocationReason).toContain('purpose-stated');

    // A request that holds the policy is left to the owners.
    const stated = await ask('sales/customers', 'monthly churn analysis for the retention team');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await settled(stated.id, 'pending')).reason).toBeNull();
    expect((await mesh.governanceAdmin.delete('/v1/policies/purpose-stated')).status).toBe(204);
  });
});
