import { parse } from 'graphql';
import { queryLimitErrors } from './limits';
import { schemaFromFile } from './schema-file';

const schema = schemaFromFile();
const limits = { maxDepth: 6, maxCost: 500, defaultPageSize: 20 };
const errorsOf = (query: string, variables: Record<string, unknown> = {}) =>
  queryLimitErrors(schema, parse(query), undefined, variables, limits);

describe('query limits', () => {
  it('lets a product page through', () => {
    const query = `{ product(domain: "sales", name: "orders") {
      title versions(first: 10) { nodes { version state } }
      quality { score openAlerts { id } }
      lineage(depth: 2) { nodes { domain name } } } }`;
    expect(errorsOf(query)).toEqual([]);
  });

  it('refuses a query deeper than the limit, counting fragments, and names the limit', () => {
    const query = `query Deep { products { nodes { ...P } } }
      fragment P on Product { lineage { nodes { product { lineage { nodes { name } } } } } }`;
    const [error] = errorsOf(query);
    expect(error.message).toMatch(/^Deep is 8 levels deep; the limit is 6 \(MAX_QUERY_DEPTH\)/);
    expect(error.extensions).toMatchObject({ code: 'query_too_deep', limit: 'MAX_QUERY_DEPTH', maximum: 6, actual: 8 });
  });

  it('multiplies by page sizes, from literals and variables', () => {
    const query = `query Costly($n: Int) { products(first: $n) { nodes { versions(first: 50) { nodes { version } } } } }`;
    expect(errorsOf(query, { n: 1 })).toEqual([]);
    const [error] = errorsOf(query, { n: 100 });
    expect(error.message).toMatch(/^Costly would cost \d+; the limit is 500 \(MAX_QUERY_COST\)/);
    expect(error.extensions).toMatchObject({ code: 'query_too_costly', limit: 'MAX_QUERY_COST' });
  });

  it('counts a connection without `first` at the default page size', () => {
    const query = `{ products { nodes { versions { nodes { version } } } } }`;
    // 1 + 20 × (1 + 1 + 20 × (1 + 1)) = 841
    expect(errorsOf(query)[0].extensions.actual).toBe(1 + 20 * (1 + 1 + 20 * 2));
  });
});
