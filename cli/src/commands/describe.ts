import type { Command } from 'commander';
import { formatProductRef, parseProductRef, type ProductRef } from '../arguments';
import { failedPolicies, type Decision } from '../apply/version-watch';
import { CliError } from '../cli-error';
import { colours, stateColour } from '../output/colours';
import { outputOption, printOutput, type OutputFormat } from '../output/output-format';
import { renderFields, renderTable, truncate } from '../output/table';
import { ago } from '../output/time';
import type { Session } from '../session';
import { withExamples } from './help-examples';

const DESCRIBE_PRODUCT = `query DescribeProduct($domain: String!, $name: String!, $version: String) {
  product(domain: $domain, name: $name) {
    domain name title description owner tags classification latestVersion status address createdAt updatedAt
    access { status visibility approval }
    quality { version score tier openAlerts { id ruleKey kind severity state message } }
    version(version: $version) {
      version state address proposedAt proposedBy stateChangedAt
      decisions { outcome evaluations { policyId severity outcome message } }
      deprecation { sunsetAt replacement reason }
      ports { name type description physicalName provisioned }
      contract {
        tables { name description fields { name type required primaryKey unique pii classification } }
        rules { id table field severity dimension metric description }
      }
      sla { freshness freshnessPort availability status }
      provisioning { state ports { name state outcome attempts lastError } }
    }
  }
}`;

interface DescribedVersion {
  version: string;
  state: string;
  address: string;
  proposedAt: string;
  proposedBy: string | null;
  stateChangedAt: string;
  decisions: Decision[];
  deprecation: { sunsetAt: string; replacement: string | null; reason: string | null } | null;
  ports: {
    name: string;
    type: string;
    description: string | null;
    physicalName: string | null;
    provisioned: boolean;
  }[];
  contract: {
    tables: {
      name: string;
      description: string;
      fields: {
        name: string;
        type: string;
        required: boolean;
        primaryKey: boolean;
        unique: boolean;
        pii: boolean;
        classification: string | null;
      }[];
    }[];
    rules: {
      id: string;
      table: string;
      field: string | null;
      severity: string;
      dimension: string | null;
      metric: string | null;
      description: string | null;
    }[];
  };
  sla: { freshness: string | null; freshnessPort: string | null; availability: string | null; status: string } | null;
  provisioning: {
    state: string;
    ports: { name: string; state: string; outcome: string | null; attempts: number; lastError: string | null }[];
  } | null;
}

interface DescribedProduct {
  domain: string;
  name: string;
  title: string;
  description: string;
  owner: string | null;
  tags: string[];
  classification: string;
  latestVersion: string;
  status: string;
  address: string;
  createdAt: string;
  updatedAt: string;
  access: { status: string; visibility: string; approval: string };
  quality: {
    version: string;
    score: number | null;
    tier: string;
    openAlerts: { id: string; ruleKey: string; kind: string; severity: string; state: string; message: string }[];
  } | null;
  version: DescribedVersion | null;
}

export function registerDescribe(program: Command, session: Session): void {
  const describe = program.command('describe').description('show one thing in detail');
  withExamples(
    describe
      .command('product')
      .description('a product: its version, ports, contract, SLA, quality, access and provisioning')
      .argument('<product>', 'domain/name, or domain/name@version for another version than the latest', parseProductRef)
      .addOption(outputOption()),
    ['mesh describe product sales/orders', 'mesh describe product sales/orders@1.3.0 -o yaml'],
  ).action(async (ref: ProductRef, options: { output: OutputFormat }) => {
    const data = await session.gateway().request<{ product: DescribedProduct | null }>(DESCRIBE_PRODUCT, { ...ref });
    const product = data.product;
    if (product === null) throw new CliError(`no product ${ref.domain}/${ref.name}`);
    if (product.version === null)
      throw new CliError(`${formatProductRef(ref)} has no version ${ref.version ?? ''}`.trim());
    printOutput(options.output, product, () => describeProduct(product, product.version!));
  });
}

function describeProduct(product: DescribedProduct, version: DescribedVersion): string {
  const sections = [
    renderFields([
      ['Product', `${product.domain}/${product.name}`],
      ['Title', product.title],
      ['Description', product.description],
      ['Owner', product.owner],
      ['Tags', product.tags.join(', ')],
      ['Classification', product.classification],
      [
        'Version',
        `${version.version} ${stateColour(version.state)} (latest: ${product.latestVersion} ${product.status})`,
      ],
      ['Address', version.address],
      ['Proposed', `${ago(version.proposedAt)}${version.proposedBy === null ? '' : ` by ${version.proposedBy}`}`],
      ['Deprecated', version.deprecation === null ? undefined : deprecationLine(version.deprecation)],
      [
        'Access',
        `${product.access.visibility}, ${product.access.approval} approval; yours: ${stateColour(product.access.status)}`,
      ],
      ['SLA', version.sla === null ? undefined : slaLine(version.sla)],
      ['Quality', product.quality === null ? undefined : qualityLine(product.quality)],
      ['Provisioning', version.provisioning === null ? undefined : stateColour(version.provisioning.state)],
    ]),
    section(
      'Ports',
      renderTable(
        ['name', 'type', 'physical name', 'provisioned', 'description'],
        version.ports.map((port) => [
          port.name,
          port.type,
          port.physicalName ?? '',
          port.provisioned ? 'yes' : 'no',
          truncate(port.description, 50),
        ]),
      ),
    ),
    ...version.contract.tables.map((table) =>
      section(
        `Table ${table.name}`,
        renderTable(
          ['field', 'type', 'required', 'key', 'pii', 'classification'],
          table.fields.map((field) => [
            field.name,
            field.type,
            field.required ? 'yes' : '',
            field.primaryKey ? 'primary' : field.unique ? 'unique' : '',
            field.pii ? colours.yellow('pii') : '',
            field.classification ?? '',
          ]),
        ),
      ),
    ),
    section(
      'Quality rules',
      renderTable(
        ['id', 'table', 'field', 'severity', 'check'],
        version.contract.rules.map((rule) => [
          rule.id,
          rule.table,
          rule.field ?? '',
          rule.severity,
          rule.metric ?? 'sql',
        ]),
        'none',
      ),
    ),
  ];
  const violations = failedPolicies(version.decisions[0]);
  const openAlerts = product.quality?.openAlerts ?? [];
  sections.push(
    ...optionalSection(
      'Failed policies',
      ['policy', 'severity', 'message'],
      violations.map((v) => [v.policyId, stateColour(v.severity), v.message]),
    ),
    ...optionalSection(
      'Open alerts',
      ['id', 'rule', 'severity', 'state', 'message'],
      openAlerts.map((alert) => [
        alert.id,
        alert.ruleKey,
        stateColour(alert.severity),
        stateColour(alert.state),
        truncate(alert.message, 60),
      ]),
    ),
  );
  return sections.join('\n');
}

/** A titled table, or nothing at all when it has no rows. */
function optionalSection(title: string, headings: string[], rows: string[][]): string[] {
  return rows.length === 0 ? [] : [section(title, renderTable(headings, rows))];
}

function section(title: string, body: string): string {
  return `${colours.bold(`${title}:`)}\n${body.replace(/^(?=.)/gm, '  ')}`;
}

function deprecationLine(deprecation: NonNullable<DescribedVersion['deprecation']>): string {
  return [
    `sunset ${deprecation.sunsetAt.slice(0, 10)}`,
    deprecation.replacement === null ? undefined : `use ${deprecation.replacement}`,
    deprecation.reason ?? undefined,
  ]
    .filter((part) => part !== undefined)
    .join('; ');
}

function slaLine(sla: NonNullable<DescribedVersion['sla']>): string {
  const objectives = [
    sla.freshness === null
      ? undefined
      : `freshness ${sla.freshness}${sla.freshnessPort === null ? '' : ` (${sla.freshnessPort})`}`,
    sla.availability === null ? undefined : `availability ${sla.availability}`,
  ].filter((part) => part !== undefined);
  return `${objectives.join(', ')}: ${stateColour(sla.status)}`;
}

function qualityLine(quality: NonNullable<DescribedProduct['quality']>): string {
  const score = quality.score === null ? 'not checked yet' : `score ${quality.score.toFixed(2)}`;
  return `${score}, tier ${quality.tier}, ${quality.openAlerts.length} open alert${quality.openAlerts.length === 1 ? '' : 's'} (version ${quality.version})`;
}
