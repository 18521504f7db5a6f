import Table from 'cli-table3';
import { colours } from './colours';

// kubectl's look: no borders, columns two spaces apart, upper-case headings.
const BORDERLESS = {
  top: '',
  'top-mid': '',
  'top-left': '',
  'top-right': '',
  bottom: '',
  'bottom-mid': '',
  'bottom-left': '',
  'bottom-right': '',
  left: '',
  'left-mid': '',
  mid: '',
  'mid-mid': '',
  right: '',
  'right-mid': '',
  middle: '  ',
};

/** Rows under headings; an empty list says so instead of printing headings alone. */
export function renderTable(
  headings: readonly string[],
  rows: readonly (readonly string[])[],
  empty = 'nothing found',
): string {
  if (rows.length === 0) return `${empty}\n`;
  const table = new Table({
    head: headings.map((heading) => colours.bold(heading.toUpperCase())),
    chars: BORDERLESS,
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 },
  });
  table.push(...rows.map((row) => [...row]));
  return `${table
    .toString()
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')}\n`;
}

/** `key: value` lines, keys aligned, for one object (describe). Empty values are left out. */
export function renderFields(fields: readonly (readonly [string, string | undefined | null])[]): string {
  const present = fields.filter(
    (field): field is readonly [string, string] => field[1] !== undefined && field[1] !== null && field[1] !== '',
  );
  const width = Math.max(0, ...present.map(([key]) => key.length)) + 1;
  return present.map(([key, value]) => `${colours.bold(`${key}:`.padEnd(width))} ${value}\n`).join('');
}

/** Text cut to `width` characters with an ellipsis, so one long message does not wrap a whole table. */
export function truncate(text: string | null | undefined, width: number): string {
  if (text === null || text === undefined) return '';
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= width ? line : `${line.slice(0, width - 1)}…`;
}
