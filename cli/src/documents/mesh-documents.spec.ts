import { inApplyOrder, parseDocuments, productLabel } from './mesh-documents';

const FILE = `
apiVersion: mesh/v1
kind: DataProduct
metadata: { domain: sales, name: orders, version: 1.0.0 } # a comment
---
kind: Policy
id: tagged
---
kind: Domain
name: sales
`;

describe('mesh documents', () => {
  it('reads every document of a file, naming each by its place', () => {
    const documents = parseDocuments('all.yaml', FILE);
    expect(documents.map((document) => [document.kind, document.source])).toEqual([
      ['DataProduct', 'all.yaml#1'],
      ['Policy', 'all.yaml#2'],
      ['Domain', 'all.yaml#3'],
    ]);
    expect(documents[0].text).toContain('# a comment');
    expect(productLabel(documents[0])).toEqual({ domain: 'sales', name: 'orders', version: '1.0.0' });
  });

  it('applies domains first, then policies, then products', () => {
    expect(inApplyOrder(parseDocuments('all.yaml', FILE)).map((document) => document.kind)).toEqual([
      'Domain',
      'Policy',
      'DataProduct',
    ]);
  });

  it('refuses a document without a known kind, or YAML that does not parse', () => {
    expect(() => parseDocuments('one.yaml', 'kind: Table\n')).toThrow(
      'one.yaml: kind "Table" is unknown; expected Domain, Policy, DataProduct',
    );
    expect(() => parseDocuments('one.yaml', 'name: x\n')).toThrow('one.yaml: kind is missing');
    expect(() => parseDocuments('bad.yaml', 'kind: [Domain\n')).toThrow(/^bad\.yaml: /);
  });
});
