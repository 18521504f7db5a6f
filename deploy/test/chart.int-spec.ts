import { execFileSync, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';

/**
 * The Helm chart (deploy/helm/mesh): `helm lint` of each profile, and every manifest `helm template` renders for it
 * validated strictly (no unknown field) by kubeconform against the Kubernetes versions the chart supports, from
 * schemas on disk (deploy/tools.sh installs helm, kubeconform and the schemas when missing); then what the profiles
 * promise: probes, metrics, the user, the migration hooks, and the production profile's replicas, budgets, autoscaling
 * and spreading.
 */
const REPO = resolve(__dirname, '../..');
const CHART = join(REPO, 'deploy/helm/mesh');
const PROFILES = ['values-small.yaml', 'values-production.yaml'];

interface Tools {
  helm: string;
  kubeconform: string;
  schemaLocation: string;
  kubernetesVersions: string[];
}

interface Manifest {
  kind: string;
  metadata: { name: string; annotations?: Record<string, string> };
  spec: Record<string, unknown>;
}

let tools: Tools;

beforeAll(() => {
  tools = JSON.parse(execFileSync(join(REPO, 'deploy/tools.sh'), { encoding: 'utf8', timeout: 1_200_000 })) as Tools;
}, 1_200_000);

const helm = (...args: string[]) => {
  const run = spawnSync(tools.helm, args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`helm ${args.join(' ')}: ${run.stderr}${run.stdout}`);
  return run.stdout;
};

const render = (profile: string, kubernetes: string, ...set: string[]) =>
  helm('template', 'mesh', CHART, '-f', join(CHART, profile), '--kube-version', kubernetes, ...set);

/** kubeconform's verdict on manifests: its summary, and its report of what was not valid. */
function validate(manifests: string, kubernetes: string) {
  const run = spawnSync(
    tools.kubeconform,
    [
      '-strict',
      '-summary',
      '-output',
      'json',
      '-kubernetes-version',
      kubernetes,
      '-schema-location',
      tools.schemaLocation,
      '-',
    ],
    { input: manifests, encoding: 'utf8' },
  );
  const report = JSON.parse(run.stdout) as {
    resources: { kind: string; name: string; status: string; msg: string }[];
    summary: { valid: number; invalid: number; errors: number; skipped: number };
  };
  return {
    summary: report.summary,
    problems: report.resources.filter((resource) => resource.status !== 'statusValid'),
  };
}

const manifests = (rendered: string): Manifest[] =>
  parseAllDocuments(rendered)
    .map((document) => document.toJS() as Manifest | null)
    .filter((manifest): manifest is Manifest => manifest !== null);

describe.each(PROFILES)('the chart with %s', (profile) => {
  it('passes helm lint --strict', () => {
    expect(helm('lint', CHART, '--strict', '-f', join(CHART, profile))).toContain('0 chart(s) failed');
  });

  it('renders manifests that every supported Kubernetes accepts, strictly', () => {
    for (const kubernetes of tools.kubernetesVersions) {
      // The Secrets the chart can make too (secrets.create), with a variable in one.
      const rendered = render(profile, kubernetes, '--set', 'secrets.create=true,services.registry.secretEnv.X=y');
      const { summary, problems } = validate(rendered, kubernetes);
      expect(problems).toEqual([]);
      expect(summary).toEqual({ valid: manifests(rendered).length, invalid: 0, errors: 0, skipped: 0 });
    }
  });

  it('runs each service as the images’ user with its probes and metrics, and migrates before rolling out', () => {
    const all = manifests(render(profile, tools.kubernetesVersions[0]));
    const deployments = all.filter((manifest) => manifest.kind === 'Deployment');
    expect(deployments).toHaveLength(8);
    for (const deployment of deployments) {
      const template = deployment.spec.template as {
        metadata: { annotations: Record<string, string> };
        spec: { securityContext: { runAsNonRoot: boolean; runAsUser: number }; containers: Record<string, unknown>[] };
      };
      const [container] = template.spec.containers;
      expect(container.readinessProbe).toMatchObject({ httpGet: { path: '/ready' } });
      expect(container.livenessProbe).toMatchObject({ httpGet: { path: '/health' } });
      expect(container.resources).toMatchObject({ requests: { cpu: expect.any(String), memory: expect.any(String) } });
      expect(template.metadata.annotations).toMatchObject({
        'prometheus.io/scrape': 'true',
        'prometheus.io/path': '/metrics',
      });
      expect(template.spec.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000 });
    }
    const jobs = all.filter((manifest) => manifest.kind === 'Job');
    expect(jobs.map((job) => job.metadata.name).sort()).toEqual(
      ['catalog', 'governance', 'lineage', 'provisioning', 'quality', 'registry', 'search'].map(
        (name) => `mesh-${name}-migrate`,
      ),
    );
    for (const job of jobs) {
      expect(job.metadata.annotations).toMatchObject({ 'helm.sh/hook': 'pre-install,pre-upgrade' });
      expect(JSON.stringify(job.spec)).toContain('"name":"MIGRATE_ONLY","value":"1"');
    }
  });
});

it('the production profile runs two or more of each service, spread over nodes, with a budget and autoscaling', () => {
  const all = manifests(render('values-production.yaml', tools.kubernetesVersions[0]));
  const count = (kind: string) => all.filter((manifest) => manifest.kind === kind).length;
  expect({ budgets: count('PodDisruptionBudget'), autoscalers: count('HorizontalPodAutoscaler') }).toEqual({
    budgets: 8,
    autoscalers: 8,
  });
  for (const autoscaler of all.filter((manifest) => manifest.kind === 'HorizontalPodAutoscaler')) {
    expect(autoscaler.spec.minReplicas).toBeGreaterThanOrEqual(2);
  }
  for (const deployment of all.filter((manifest) => manifest.kind === 'Deployment')) {
    expect(JSON.stringify(deployment.spec)).toContain('"topologyKey":"kubernetes.io/hostname"');
  }
});

it('the small profile runs one of each, without budgets or autoscaling', () => {
  const all = manifests(render('values-small.yaml', tools.kubernetesVersions[0]));
  expect(all.filter((manifest) => ['PodDisruptionBudget', 'HorizontalPodAutoscaler'].includes(manifest.kind))).toEqual(
    [],
  );
  for (const deployment of all.filter((manifest) => manifest.kind === 'Deployment')) {
    expect(deployment.spec.replicas).toBe(1);
  }
});

it('kubeconform refuses a field Kubernetes does not know (the validation is strict, and has its schemas)', () => {
  const kubernetes = tools.kubernetesVersions[0];
  const rendered = render(
    'values-small.yaml',
    kubernetes,
    '--set-json',
    'services.registry.extraEnv=[{"name":"X","valu":"y"}]',
  );
  const { problems } = validate(rendered, kubernetes);
  expect(problems).toEqual([
    expect.objectContaining({
      kind: 'Deployment',
      name: 'mesh-registry',
      msg: expect.stringContaining("additional properties 'valu' not allowed"),
    }),
  ]);
});

it('refuses to render without a Kafka to connect to', () => {
  expect(() => helm('template', 'mesh', CHART, '--kube-version', tools.kubernetesVersions[0])).toThrow(
    'kafka.bootstrapServers is required',
  );
});
