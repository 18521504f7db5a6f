import { Option, type Command } from 'commander';
import { enumValue, parsePositiveInt } from '../arguments';
import { usageError } from '../cli-error';
import { colours, stateColour } from '../output/colours';
import { outputOption, printOutput, type OutputFormat } from '../output/output-format';
import { renderTable, truncate } from '../output/table';
import type { Session } from '../session';
import { withExamples } from './help-examples';

/** The query; matched fields are asked for only when searching by field, the only time there are any. */
function searchQuery(byField: boolean): string {
  return `query Search($q: String, $filters: SearchFilters, $field: String, $first: Int) {
    search(q: $q, filters: $filters, field: $field, first: $first) {
      totalCount totalExact
      nodes {
        domain name title description status latestVersion classification qualityScore qualityTier slaStatus openAlerts
        highlights { field fragments } ${byField ? 'matchedFields' : ''}
      }
    }
  }`;
}

interface SearchHit {
  domain: string;
  name: string;
  title: string;
  status: string;
  latestVersion: string;
  classification: string;
  qualityScore: number | null;
  qualityTier: string | null;
  openAlerts: number;
  matchedFields?: string[];
}

interface SearchResult {
  totalCount: number;
  totalExact: boolean;
  nodes: SearchHit[];
}

interface SearchOptions {
  output: OutputFormat;
  domain?: string[];
  tag?: string[];
  status?: string[];
  field?: string;
  limit: number;
}

export function registerSearch(program: Command, session: Session): void {
  withExamples(
    program
      .command('search')
      .description('full-text search over products, with filters; --field finds products by a schema field name')
      .argument('[text]', 'words to look for in names, titles, descriptions, tags and fields')
      .addOption(new Option('--domain <name...>', 'only these domains'))
      .addOption(new Option('--tag <tag...>', 'only products with these tags'))
      .addOption(new Option('--status <state...>', 'only products in these states'))
      .addOption(new Option('--field <name>', 'products with a schema field of this name'))
      .addOption(new Option('--limit <n>', 'at most this many hits').argParser(parsePositiveInt).default(20))
      .addOption(outputOption()),
    [
      'mesh search orders',
      'mesh search revenue --domain finance',
      'mesh search --field customer_id',
      'mesh search --tag pii -o json',
    ],
  ).action(async (text: string | undefined, options: SearchOptions) => {
    if (
      text === undefined &&
      options.field === undefined &&
      options.domain === undefined &&
      options.tag === undefined
    ) {
      throw usageError('give words to search for, or at least one of --field, --domain, --tag');
    }
    const data = await session.gateway().request<{ search: SearchResult }>(searchQuery(options.field !== undefined), {
      q: text,
      field: options.field,
      first: Math.min(options.limit, 100),
      filters: { domain: options.domain, tag: options.tag, status: options.status?.map(enumValue) },
    });
    const result = data.search;
    printOutput(options.output, result, () => {
      const total = `${result.totalExact ? '' : 'at least '}${result.totalCount} product${result.totalCount === 1 ? '' : 's'}`;
      const table = renderTable(
        ['product', 'version', 'status', 'quality', 'alerts', options.field === undefined ? 'title' : 'matched fields'],
        result.nodes.map((hit) => [
          `${hit.domain}/${hit.name}`,
          hit.latestVersion,
          stateColour(hit.status),
          hit.qualityScore === null ? '' : `${hit.qualityScore.toFixed(2)} ${hit.qualityTier ?? ''}`.trim(),
          hit.openAlerts > 0 ? colours.red(String(hit.openAlerts)) : '0',
          options.field === undefined ? truncate(hit.title, 50) : (hit.matchedFields ?? []).join(', '),
        ]),
        'no product matches',
      );
      return result.nodes.length === 0 ? table : `${table}${colours.dim(total)}\n`;
    });
  });
}
