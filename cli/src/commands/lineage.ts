import { Option, type Command } from 'commander';
import { parsePositiveInt, parseProductName, type ProductRef } from '../arguments';
import { CliError, usageError } from '../cli-error';
import { colours, stateColour } from '../output/colours';
import { outputOption, printOutput, type OutputFormat } from '../output/output-format';
import { renderTable } from '../output/table';
import type { Session } from '../session';
import { withExamples } from './help-examples';
import { lineageTree, renderLineageTree, type LineageTreeNode } from './lineage-tree';

const PRODUCT_HEAD = `query LineageRoot($domain: String!, $name: String!) {
  product(domain: $domain, name: $name) { domain name latestVersion status owner }
}`;

const IMPACT = `query Impact($domain: String!, $name: String!) {
  product(domain: $domain, name: $name) {
    impact { affected { domain name ownerTeam latestVersion state depth } detected }
  }
}`;

interface LineageOptions {
  upstream?: boolean;
  downstream?: boolean;
  depth: number;
  output: OutputFormat;
}

interface ProductHead {
  domain: string;
  name: string;
  latestVersion: string;
  status: string;
  owner: string | null;
}

interface Impact {
  affected: {
    domain: string;
    name: string;
    ownerTeam: string | null;
    latestVersion: string | null;
    state: string | null;
    depth: number;
  }[];
  detected: unknown[];
}

export function registerLineage(program: Command, session: Session): void {
  withExamples(
    program
      .command('lineage')
      .description('the products a product feeds (downstream, the default) or is fed by (upstream), as a tree')
      .argument('<product>', 'domain/name', parseProductName)
      .addOption(new Option('--upstream', 'the products it reads from').conflicts('downstream'))
      .addOption(new Option('--downstream', 'the products that read it (default)'))
      .addOption(new Option('--depth <n>', 'how many steps away').argParser(parsePositiveInt).default(3))
      .addOption(outputOption()),
    [
      'mesh lineage sales/orders',
      'mesh lineage finance/revenue --upstream --depth 5',
      'mesh lineage sales/orders -o json',
    ],
  ).action(async (ref: ProductRef, options: LineageOptions) => {
    if (options.depth > 10) throw usageError('--depth is at most 10');
    const gateway = session.gateway();
    const head = await productHead(session, ref);
    const direction = options.upstream === true ? 'UPSTREAM' : 'DOWNSTREAM';
    const tree = await lineageTree(
      gateway,
      {
        domain: head.domain,
        name: head.name,
        latestVersion: head.latestVersion,
        state: head.status,
        ownerTeam: head.owner,
      },
      direction,
      options.depth,
    );
    printOutput(options.output, tree, () => {
      const text = renderLineageTree(tree, treeLabel);
      return tree.children.length > 0 ? text : `${text}${colours.dim(`no products ${direction.toLowerCase()}`)}\n`;
    });
  });

  withExamples(
    program
      .command('impact')
      .description('every product downstream of a product, transitively, and the impacts detected by breaking changes')
      .argument('<product>', 'domain/name', parseProductName)
      .addOption(outputOption()),
    ['mesh impact sales/orders', 'mesh impact sales/orders -o json'],
  ).action(async (ref: ProductRef, options: { output: OutputFormat }) => {
    const data = await session.gateway().request<{ product: { impact: Impact } | null }>(IMPACT, { ...ref });
    if (data.product === null) throw new CliError(`no product ${ref.domain}/${ref.name}`);
    const impact = data.product.impact;
    printOutput(options.output, impact, () => {
      const affected = renderTable(
        ['product', 'distance', 'owner team', 'version', 'state'],
        [...impact.affected]
          .sort((a, b) => a.depth - b.depth)
          .map((product) => [
            `${product.domain}/${product.name}`,
            String(product.depth),
            product.ownerTeam ?? '',
            product.latestVersion ?? '',
            product.state === null ? '' : stateColour(product.state),
          ]),
        `nothing downstream of ${ref.domain}/${ref.name}`,
      );
      const detected =
        impact.detected.length === 0
          ? ''
          : `\n${colours.bold('Detected impacts:')}\n${impact.detected.map((entry) => `  ${JSON.stringify(entry)}`).join('\n')}\n`;
      return `${affected}${detected}`;
    });
  });
}

async function productHead(session: Session, ref: ProductRef): Promise<ProductHead> {
  const data = await session.gateway().request<{ product: ProductHead | null }>(PRODUCT_HEAD, { ...ref });
  if (data.product === null) throw new CliError(`no product ${ref.domain}/${ref.name}`);
  return data.product;
}

function treeLabel(node: LineageTreeNode): string {
  const version = node.latestVersion === null ? '' : ` ${node.latestVersion}`;
  const state = node.state === null ? '' : ` ${stateColour(node.state.toUpperCase())}`;
  const owner = node.ownerTeam === null ? '' : colours.dim(` (${node.ownerTeam})`);
  return `${colours.bold(`${node.domain}/${node.name}`)}${version}${state}${owner}${node.repeated === true ? colours.dim(' (repeated)') : ''}`;
}
