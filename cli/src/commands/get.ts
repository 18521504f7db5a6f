import { Option, type Command } from 'commander';
import { enumValue, parsePositiveInt, parseProductName, type ProductRef } from '../arguments';
import { CliError } from '../cli-error';
import { collectPages, PAGE_INFO, type Page } from '../gateway/pages';
import { stateColour } from '../output/colours';
import { outputOption, printOutput, type OutputFormat } from '../output/output-format';
import { renderTable, truncate } from '../output/table';
import { ago } from '../output/time';
import type { Session } from '../session';
import { withExamples } from './help-examples';

interface ListOptions {
  output: OutputFormat;
  limit: number;
  domain?: string;
  status?: string;
  tag?: string;
  query?: string;
  /** One state (flows) or several (alerts). */
  state?: string | string[];
  severity?: string[];
}

/** An optional enum option as the gateway wants it. */
function enumOf(value: string | undefined): string | undefined {
  return value === undefined ? undefined : enumValue(value);
}

/** A repeatable enum option as the gateway wants it. */
function enumsOf(value: string | string[] | undefined): string[] | undefined {
  return value === undefined ? undefined : (Array.isArray(value) ? value : [value]).map(enumValue);
}

/** One kind of thing `mesh get` lists: its query, how its options become variables, and its table. */
interface Listing<T> {
  name: string;
  description: string;
  examples: string[];
  /** Filter options beyond -o and --limit. */
  options: Option[];
  query: string;
  variables(options: ListOptions): Record<string, unknown>;
  page(data: Record<string, unknown>): Page<T> | null;
  headings: string[];
  row(item: T): string[];
}

interface DomainRow {
  name: string;
  title: string;
  owningTeam: string;
  createdAt: string;
}

interface ProductRow {
  domain: string;
  name: string;
  title: string;
  latestVersion: string;
  status: string;
  classification: string;
  owner: string | null;
  updatedAt: string;
}

interface AlertRow {
  id: string;
  domain: string;
  name: string;
  version: string;
  ruleKey: string;
  kind: string;
  severity: string;
  state: string;
  message: string;
  raisedCount: number;
  lastRaisedAt: string;
}

interface PolicyRow {
  id: string;
  title: string;
  scope: string;
  severity: string;
  target: string;
  revision: number;
  updatedAt: string;
}

interface FlowRow {
  kind: string;
  domain: string;
  name: string;
  version: string;
  state: string;
  updatedAt: string;
  ports: { name: string; state: string }[];
}

interface AccessRequestRow {
  id: string;
  domain: string;
  name: string;
  principal: string;
  purpose: string;
  until: string;
  state: string;
  createdAt: string;
}

const domainOption = () => new Option('--domain <name>', 'only this domain');

const LISTINGS = [
  {
    name: 'domains',
    description: 'the domains of the mesh',
    examples: ['mesh get domains', 'mesh get domains -o yaml'],
    options: [],
    query: `query Domains($first: Int, $after: String) {
      domains(first: $first, after: $after) { nodes { name title description owningTeam createdAt updatedAt } ${PAGE_INFO} }
    }`,
    variables: () => ({}),
    page: (data) => data.domains as Page<DomainRow>,
    headings: ['name', 'title', 'owning team', 'age'],
    row: (domain) => [domain.name, domain.title, domain.owningTeam, ago(domain.createdAt)],
  } satisfies Listing<DomainRow>,
  {
    name: 'products',
    description: 'products, with the state of their latest version',
    examples: ['mesh get products', 'mesh get products --domain sales --status published', 'mesh get products -o json'],
    options: [
      domainOption(),
      new Option('--status <state>', 'latest version in this state (published, rejected...)'),
      new Option('--tag <tag>', 'only products with this tag'),
      new Option('-q, --query <words>', 'words in the name, title or description'),
    ],
    query: `query Products($filter: ProductFilter, $first: Int, $after: String) {
      products(filter: $filter, first: $first, after: $after) {
        nodes { domain name title latestVersion status classification owner tags address updatedAt } ${PAGE_INFO}
      }
    }`,
    variables: (options) => ({
      filter: {
        domain: options.domain,
        status: enumOf(options.status),
        tag: options.tag,
        q: options.query,
      },
    }),
    page: (data) => data.products as Page<ProductRow>,
    headings: ['product', 'version', 'status', 'classification', 'owner', 'title', 'updated'],
    row: (product) => [
      `${product.domain}/${product.name}`,
      product.latestVersion,
      stateColour(product.status),
      product.classification,
      product.owner ?? '',
      truncate(product.title, 40),
      ago(product.updatedAt),
    ],
  } satisfies Listing<ProductRow>,
  {
    name: 'alerts',
    description: 'quality alerts, most recently raised first (open and acknowledged unless --state says otherwise)',
    examples: [
      'mesh get alerts',
      'mesh get alerts --domain sales --severity critical',
      'mesh get alerts --state resolved',
    ],
    options: [
      domainOption(),
      new Option('--state <state...>', 'open, acknowledged, resolved'),
      new Option('--severity <severity...>', 'critical, warning, info'),
    ],
    query: `query Alerts($status: [AlertState!], $domain: String, $severity: [AlertSeverity!], $first: Int, $after: String) {
      alerts(status: $status, domain: $domain, severity: $severity, first: $first, after: $after) {
        nodes { id domain name version ruleKey kind severity message state raisedCount firstRaisedAt lastRaisedAt acknowledgedBy }
        ${PAGE_INFO}
      }
    }`,
    variables: (options) => ({
      domain: options.domain,
      status: enumsOf(options.state),
      severity: enumsOf(options.severity),
    }),
    page: (data) => data.alerts as Page<AlertRow>,
    headings: ['id', 'product', 'rule', 'kind', 'severity', 'state', 'raised', 'message'],
    row: (alert) => [
      alert.id,
      `${alert.domain}/${alert.name}@${alert.version}`,
      alert.ruleKey,
      alert.kind,
      stateColour(alert.severity),
      stateColour(alert.state),
      `${ago(alert.lastRaisedAt)}${alert.raisedCount > 1 ? ` (×${alert.raisedCount})` : ''}`,
      truncate(alert.message, 60),
    ],
  } satisfies Listing<AlertRow>,
  {
    name: 'policies',
    description: 'governance policies, global and per domain',
    examples: ['mesh get policies', 'mesh get policies -o yaml'],
    options: [],
    query: `query Policies($first: Int, $after: String) {
      policies(first: $first, after: $after) {
        nodes { id title description scope severity target expression message revision updatedBy updatedAt } ${PAGE_INFO}
      }
    }`,
    variables: () => ({}),
    page: (data) => data.policies as Page<PolicyRow>,
    headings: ['id', 'scope', 'severity', 'target', 'revision', 'title'],
    row: (policy) => [
      policy.id,
      policy.scope,
      stateColour(policy.severity),
      policy.target,
      String(policy.revision),
      truncate(policy.title, 50),
    ],
  } satisfies Listing<PolicyRow>,
  {
    name: 'flows',
    description: 'provisioning flows, newest first',
    examples: ['mesh get flows', 'mesh get flows --state failed'],
    options: [domainOption(), new Option('--state <state>', 'running, completed or failed')],
    query: `query Flows($state: FlowState, $domain: String, $first: Int, $after: String) {
      flows(state: $state, domain: $domain, first: $first, after: $after) {
        nodes { kind domain name version state jobId createdAt updatedAt completedAt ports { name type state outcome attempts lastError } }
        ${PAGE_INFO}
      }
    }`,
    variables: (options) => ({
      domain: options.domain,
      state: enumOf(typeof options.state === 'string' ? options.state : undefined),
    }),
    page: (data) => data.flows as Page<FlowRow>,
    headings: ['product', 'kind', 'state', 'ports done', 'updated'],
    row: (flow) => [
      `${flow.domain}/${flow.name}@${flow.version}`,
      flow.kind,
      stateColour(flow.state),
      `${flow.ports.filter((port) => port.state === 'DONE').length}/${flow.ports.length}`,
      ago(flow.updatedAt),
    ],
  } satisfies Listing<FlowRow>,
  {
    name: 'access-requests',
    description: 'access requests, newest first: all of them for admins, your own otherwise',
    examples: ['mesh get access-requests --status pending', 'mesh get access-requests --domain sales -o json'],
    options: [domainOption(), new Option('--status <state>', 'pending, granted, denied or revoked')],
    query: `query AccessRequests($status: AccessState, $domain: String, $first: Int, $after: String) {
      accessRequests(status: $status, domain: $domain, first: $first, after: $after) {
        nodes { id domain name principal requestedBy purpose until state decidedBy decidedAt reason createdAt } ${PAGE_INFO}
      }
    }`,
    variables: (options) => ({
      domain: options.domain,
      status: enumOf(options.status),
    }),
    page: (data) => data.accessRequests as Page<AccessRequestRow>,
    headings: ['id', 'product', 'principal', 'state', 'until', 'purpose', 'requested'],
    row: (request) => [
      request.id,
      `${request.domain}/${request.name}`,
      request.principal,
      stateColour(request.state),
      request.until.slice(0, 10),
      truncate(request.purpose, 40),
      ago(request.createdAt),
    ],
  } satisfies Listing<AccessRequestRow>,
];

interface VersionRow {
  version: string;
  state: string;
  address: string;
  proposedAt: string;
  proposedBy: string | null;
  stateChangedAt: string;
  deprecation: { sunsetAt: string; replacement: string | null } | null;
}

const VERSIONS = `query Versions($domain: String!, $name: String!, $first: Int, $after: String) {
  product(domain: $domain, name: $name) {
    versions(first: $first, after: $after) {
      nodes { version state address proposedAt proposedBy stateChangedAt deprecation { sunsetAt replacement reason } }
      ${PAGE_INFO}
    }
  }
}`;

export function registerGet(program: Command, session: Session): void {
  const get = withExamples(
    program.command('get').description('list domains, products, versions, alerts, policies, flows or access requests'),
    ['mesh get products', 'mesh get versions sales/orders', 'mesh get alerts -o json'],
  );
  for (const listing of LISTINGS) registerListing(get, session, listing as Listing<unknown>);

  withExamples(
    get
      .command('versions')
      .description("a product's versions, newest first")
      .argument('<product>', 'domain/name', parseProductName)
      .addOption(outputOption())
      .addOption(limitOption()),
    ['mesh get versions sales/orders', 'mesh get versions finance/revenue -o yaml'],
  ).action(async (product: ProductRef, options: ListOptions) => {
    const versions = await collectPages(options.limit, async (first, after) => {
      const data = await session
        .gateway()
        .request<{ product: { versions: Page<VersionRow> } | null }>(VERSIONS, { ...product, first, after });
      if (data.product === null) throw new CliError(`no product ${product.domain}/${product.name}`);
      return data.product.versions;
    });
    printOutput(options.output, versions, () =>
      renderTable(
        ['version', 'state', 'address', 'proposed', 'by', 'sunset'],
        versions.map((version) => [
          version.version,
          stateColour(version.state),
          version.address,
          ago(version.proposedAt),
          version.proposedBy ?? '',
          version.deprecation?.sunsetAt.slice(0, 10) ?? '',
        ]),
      ),
    );
  });
}

function limitOption(): Option {
  return new Option('--limit <n>', 'at most this many').argParser(parsePositiveInt).default(500);
}

function registerListing<T>(get: Command, session: Session, listing: Listing<T>): void {
  const command = get
    .command(listing.name)
    .description(listing.description)
    .addOption(outputOption())
    .addOption(limitOption());
  for (const option of listing.options) command.addOption(option);
  withExamples(command, listing.examples).action(async (options: ListOptions) => {
    const variables = listing.variables(options);
    const items = await collectPages(options.limit, async (first, after) => {
      const data = await session
        .gateway()
        .request<Record<string, unknown>>(listing.query, { ...variables, first, after });
      return listing.page(data) ?? { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };
    });
    printOutput(options.output, items, () =>
      renderTable(
        listing.headings,
        items.map((item) => listing.row(item)),
      ),
    );
  });
}
