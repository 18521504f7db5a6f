import { Option, type Command } from 'commander';
import { formatProductRef, parseProductRef, type ProductRef } from '../arguments';
import { CliError } from '../cli-error';
import { readDocuments } from '../documents/mesh-documents';
import { colours } from '../output/colours';
import { outputOption, printData, printOutput, type OutputFormat } from '../output/output-format';
import type { Session } from '../session';
import { withExamples } from './help-examples';

const VERSION_DESCRIPTOR = `query VersionDescriptor($domain: String!, $name: String!, $version: String) {
  product(domain: $domain, name: $name) { version(version: $version) { version state descriptor } }
}`;

/** ODCS's contract status for each lifecycle state of the version it describes. */
const ODCS_STATUS: Record<string, string> = {
  DRAFT: 'draft',
  PROPOSED: 'proposed',
  APPROVED: 'proposed',
  PROVISIONING: 'proposed',
  REJECTED: 'draft',
  PUBLISHED: 'active',
  DEPRECATED: 'deprecated',
  RETIRED: 'retired',
};

interface LintFinding {
  source: string;
  pointer: string;
  message: string;
}

export function registerContract(program: Command, session: Session): void {
  const contract = program.command('contract').description("export and check products' data contracts");

  withExamples(
    contract
      .command('export')
      .description("a product version's contract as ODCS v3.1, or its descriptor as a Data Product Specification (DPS)")
      .argument('<product>', 'domain/name (the latest version) or domain/name@version', parseProductRef)
      .addOption(new Option('--format <format>', 'odcs or dps').choices(['odcs', 'dps']).makeOptionMandatory())
      .addOption(outputOption('yaml').choices(['json', 'yaml'])),
    [
      'mesh contract export sales/orders --format odcs > orders.odcs.yaml',
      'mesh contract export sales/orders@1.4.0 --format dps -o json',
    ],
  ).action(async (ref: ProductRef, options: { format: 'odcs' | 'dps'; output: 'json' | 'yaml' }) => {
    const data = await session
      .gateway()
      .request<{ product: { version: { version: string; state: string; descriptor: unknown } | null } | null }>(
        VERSION_DESCRIPTOR,
        { ...ref },
      );
    const version = data.product?.version;
    if (version === undefined || version === null) throw new CliError(`no product version ${formatProductRef(ref)}`);
    // Loaded here only: the descriptor library (its JSON schemas and validators) is not needed by other commands.
    const { toDps, toOdcs, validateDescriptor } = await import('@mesh/descriptor');
    const checked = validateDescriptor(version.descriptor);
    if (!checked.ok)
      throw new CliError(
        `the stored descriptor of ${formatProductRef(ref)} is not valid: ${checked.problems.map((p) => `${p.pointer} ${p.message}`).join('; ')}`,
      );
    const exported =
      options.format === 'odcs'
        ? toOdcs(checked.descriptor, { status: ODCS_STATUS[version.state] })
        : toDps(checked.descriptor);
    printData(options.output, exported);
  });

  withExamples(
    contract
      .command('lint')
      .description('check descriptors against the descriptor schema and the contract rules, offline')
      .requiredOption('-f, --file <path>', 'a YAML or JSON file, or a directory of them')
      .addOption(outputOption()),
    ['mesh contract lint -f examples/products/', 'mesh contract lint -f my-product.yaml -o json'],
  ).action(async (options: { file: string; output: OutputFormat }) => {
    const { validateDescriptor } = await import('@mesh/descriptor');
    const products = readDocuments(options.file).filter((document) => document.kind === 'DataProduct');
    const findings: LintFinding[] = products.flatMap((document) => {
      const checked = validateDescriptor(document.value);
      return checked.ok
        ? []
        : checked.problems.map((problem) => ({
            source: document.source,
            pointer: problem.pointer,
            message: problem.message,
          }));
    });
    printOutput(options.output, findings, () => lintReport(findings, products.length));
    if (findings.length > 0) process.exitCode = 1;
  });
}

function lintReport(findings: readonly LintFinding[], checked: number): string {
  const lines = findings.map(
    (finding) => `${finding.source}: ${colours.red(finding.pointer || '/')} ${finding.message}`,
  );
  const failing = new Set(findings.map((finding) => finding.source)).size;
  const summary =
    findings.length === 0
      ? colours.green(`${checked} descriptor${checked === 1 ? '' : 's'} valid`)
      : colours.red(
          `${findings.length} problem${findings.length === 1 ? '' : 's'} in ${failing} of ${checked} descriptor${checked === 1 ? '' : 's'}`,
        );
  return `${[...lines, summary].join('\n')}\n`;
}
