import type { Command } from 'commander';
import { bumpLine, evaluateProduct, renderChanges, type ContractChange } from '../apply/product-evaluation';
import { readDocuments } from '../documents/mesh-documents';
import { colours } from '../output/colours';
import { outputOption, printOutput, type OutputFormat } from '../output/output-format';
import type { Session } from '../session';
import { withExamples } from './help-examples';

interface ContractDiff {
  source: string;
  product: string;
  version: string;
  previousVersion: string | null;
  requiredBump: string;
  changes: ContractChange[];
}

export function registerDiff(program: Command, session: Session): void {
  withExamples(
    program
      .command('diff')
      .description(
        "a descriptor's contract changes against the product's published version, breaking ones marked with !",
      )
      .requiredOption('-f, --file <path>', 'a YAML or JSON file, or a directory of them')
      .addOption(outputOption()),
    ['mesh diff -f examples/products/sales-orders.yaml', 'mesh diff -f my-product.yaml -o json'],
  ).action(async (options: { file: string; output: OutputFormat }) => {
    const gateway = session.gateway();
    const products = readDocuments(options.file).filter((document) => document.kind === 'DataProduct');
    const diffs: ContractDiff[] = [];
    for (const document of products) {
      const { source, product, version, evaluation } = await evaluateProduct(gateway, document);
      const { previousVersion, requiredBump, changes } = evaluation;
      diffs.push({ source, product, version, previousVersion, requiredBump, changes });
    }
    printOutput(options.output, diffs, () =>
      diffs
        .map((diff) => {
          const head = `${colours.bold(`${diff.product}@${diff.version}`)}: ${bumpLine(diff, diff.version)}`;
          if (diff.previousVersion === null) return `${head}\n  no published version to compare with\n`;
          return `${head}\n${renderChanges(diff.changes).replace(/^(?=.)/gm, '  ')}`;
        })
        .join('\n'),
    );
  });
}
