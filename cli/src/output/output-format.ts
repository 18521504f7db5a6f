import { Option } from 'commander';
import { stringify } from 'yaml';

export const OUTPUT_FORMATS = ['table', 'json', 'yaml'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** `-o, --output table|json|yaml`: human tables by default, JSON or YAML for scripts. */
export function outputOption(fallback: OutputFormat = 'table'): Option {
  return new Option('-o, --output <format>', 'output format').choices(OUTPUT_FORMATS).default(fallback);
}

/** The data as the format asks: JSON and YAML print the data itself, the table format what `human` makes of it. */
export function formatOutput(format: OutputFormat, data: unknown, human: () => string): string {
  if (format === 'json') return `${JSON.stringify(data, null, 2)}\n`;
  if (format === 'yaml') return stringify(data, { lineWidth: 0 });
  return human();
}

export function printOutput(format: OutputFormat, data: unknown, human: () => string): void {
  process.stdout.write(formatOutput(format, data, human));
}

/** Data that has no table form (an exported contract): JSON or YAML only. */
export function printData(format: Exclude<OutputFormat, 'table'>, data: unknown): void {
  process.stdout.write(formatOutput(format, data, () => ''));
}
