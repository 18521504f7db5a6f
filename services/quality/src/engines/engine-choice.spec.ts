import { chooseEngine, type TrinoPolicy } from './engine-choice';

const policy: TrinoPolicy = { available: true, minRows: 1000, minBytes: 1 << 20, domains: new Set(['finance']) };
const size = (rows: number, bytes: number) => ({ 'total-records': String(rows), 'total-files-size': String(bytes) });

describe('chooseEngine', () => {
  it('keeps small snapshots on DuckDB', () => {
    expect(chooseEngine(size(999, 1000), 'sales', policy).engine).toBe('duckdb');
    expect(chooseEngine(undefined, 'sales', policy).engine).toBe('duckdb');
  });

  it('sends a snapshot at either threshold to Trino, saying why', () => {
    expect(chooseEngine(size(1000, 10), 'sales', policy)).toEqual({ engine: 'trino', reason: '1000 rows ≥ 1000' });
    expect(chooseEngine(size(1, 1 << 20), 'sales', policy).engine).toBe('trino');
  });

  it("sends a configured domain's snapshots to Trino whatever their size", () => {
    expect(chooseEngine(size(1, 1), 'finance', policy).engine).toBe('trino');
  });

  it('stays on DuckDB without a Trino', () => {
    expect(chooseEngine(size(10_000, 1 << 30), 'finance', { ...policy, available: false }).engine).toBe('duckdb');
  });
});
