import { metricExpression, scanQuery } from './metric-query';

describe('metric SQL', () => {
  it('quotes names and values, so that no contract text becomes SQL', () => {
    expect(
      metricExpression({ metric: 'invalidValues', field: 'st"atus', arguments: { validValues: ["it's", 3, true] } }),
    ).toBe(`COUNT(*) FILTER (WHERE "st""atus" IS NOT NULL AND ("st""atus" NOT IN ('it''s', 3, TRUE)))`);
  });

  it('counts missing values as nulls or the listed values, the empty string by default', () => {
    expect(metricExpression({ metric: 'missingValues', field: 'status', arguments: {} })).toBe(
      `COUNT(*) FILTER (WHERE "status" IS NULL OR CAST("status" AS VARCHAR) IN (''))`,
    );
    expect(metricExpression({ metric: 'missingValues', field: 'n', arguments: { missingValues: ['N/A', -1] } })).toBe(
      `COUNT(*) FILTER (WHERE "n" IS NULL OR CAST("n" AS VARCHAR) IN ('N/A', '-1'))`,
    );
  });

  it('needs a field for field metrics and a criterion for invalidValues', () => {
    expect(() => metricExpression({ metric: 'nullValues', field: null, arguments: {} })).toThrow(
      'the nullValues metric needs a field',
    );
    expect(() => metricExpression({ metric: 'invalidValues', field: 'x', arguments: {} })).toThrow(
      'invalidValues needs validValues or a pattern',
    );
  });

  it('computes every metric in one SELECT over the view', () => {
    expect(scanQuery('orders', ['COUNT(*)', 'COUNT(DISTINCT "a")'])).toBe(
      'SELECT COUNT(*) AS m0, COUNT(DISTINCT "a") AS m1 FROM "orders"',
    );
  });
});
