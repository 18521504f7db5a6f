import { parse } from 'yaml';
import { colourWanted, stateColour } from './colours';
import { formatOutput } from './output-format';
import { renderFields, renderTable, truncate } from './table';
import { ago, formatDuration, parseDuration } from './time';

describe('output', () => {
  const data = [{ domain: 'sales', name: 'orders' }];

  it('prints the data itself as JSON or YAML, and the human form as a table', () => {
    expect(JSON.parse(formatOutput('json', data, () => 'table'))).toEqual(data);
    expect(parse(formatOutput('yaml', data, () => 'table'))).toEqual(data);
    expect(formatOutput('table', data, () => 'table')).toBe('table');
  });

  it('draws tables without borders, headings in capitals, lines without trailing blanks', () => {
    expect(
      renderTable(
        ['name', 'state'],
        [
          ['orders', 'published'],
          ['customers', ''],
        ],
      ),
    ).toBe('NAME       STATE\norders     published\ncustomers\n');
    expect(renderTable(['name'], [], 'no products')).toBe('no products\n');
  });

  it('aligns fields and leaves empty ones out', () => {
    expect(
      renderFields([
        ['Product', 'sales/orders'],
        ['Owner', null],
        ['Tags', ''],
      ]),
    ).toBe('Product: sales/orders\n');
    expect(
      renderFields([
        ['A', '1'],
        ['Longer', '2'],
      ]),
    ).toBe('A:      1\nLonger: 2\n');
  });

  it('cuts long text with an ellipsis', () => {
    expect(truncate('a  long\ntext', 20)).toBe('a long text');
    expect(truncate('abcdefghij', 5)).toBe('abcd…');
    expect(truncate(null, 5)).toBe('');
  });

  it('colours only on a terminal without NO_COLOR', () => {
    expect(colourWanted({ isTTY: true }, {})).toBe(true);
    expect(colourWanted({ isTTY: false }, {})).toBe(false);
    expect(colourWanted({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(colourWanted({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
    // Under jest stdout is no terminal: states come out as they are.
    expect(stateColour('PUBLISHED')).toBe('PUBLISHED');
  });

  it('says durations and ages the short way', () => {
    expect(formatDuration(850)).toBe('850ms');
    expect(formatDuration(1_240)).toBe('1.2s');
    expect(formatDuration(125_000)).toBe('2m05s');
    const now = new Date('2026-01-02T00:00:00Z');
    expect(ago('2026-01-01T23:59:30Z', now)).toBe('just now');
    expect(ago('2026-01-01T21:00:00Z', now)).toBe('3h ago');
    expect(ago('2025-12-30T00:00:00Z', now)).toBe('3d ago');
    expect(parseDuration('10m')).toBe(600_000);
    expect(parseDuration('ten minutes')).toBeUndefined();
  });
});
