import { parseDescriptor, type DataProductDescriptor } from '@mesh/descriptor';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileExpression } from '../evaluation/cel';
import { evaluationContext, type PreviousVersion } from '../evaluation/evaluation-context';
import { evaluatePolicies, PolicyCompiler } from '../evaluation/evaluator';
import { STARTER_PACK } from './starter-pack';

const EXAMPLES = ['sales-orders', 'sales-customers', 'logistics-shipments', 'finance-revenue'] as const;

function example(name: (typeof EXAMPLES)[number]): DataProductDescriptor {
  const parsed = parseDescriptor(
    readFileSync(resolve(__dirname, `../../../../examples/products/${name}.yaml`), 'utf8'),
  );
  if (!parsed.ok) throw new Error(`example ${name} is invalid: ${JSON.stringify(parsed.problems)}`);
  return parsed.descriptor;
}

const compiler = new PolicyCompiler();

/** The outcome of one starter policy for a descriptor (valid or not), with its message. */
function outcomeOf(policyId: string, descriptor: unknown, previous: PreviousVersion | null = null) {
  const spec = STARTER_PACK.find((policy) => policy.id === policyId);
  if (spec === undefined) throw new Error(`no starter policy ${policyId}`);
  const context = evaluationContext(
    {
      descriptor,
      domain: 'sales',
      previous,
      lineage: { downstream: [], upstream: [] },
      now: new Date('2026-11-28T00:00:00Z'),
    },
    previous !== null,
  );
  const [evaluation] = evaluatePolicies([compiler.compile({ ...spec, revision: 1 })], context);
  return evaluation;
}

/** A copy of an example changed by `edit`. */
function variant(name: (typeof EXAMPLES)[number], edit: (descriptor: DataProductDescriptor) => void) {
  // A JSON copy, not structuredClone: jest runs tests in a realm of their own, whose arrays the CEL library must see.
  const copy = JSON.parse(JSON.stringify(example(name))) as DataProductDescriptor;
  edit(copy);
  return copy;
}

describe('the starter pack', () => {
  it('compiles, has unique kebab-case ids, and is global, blocking and about product versions', () => {
    expect(new Set(STARTER_PACK.map((policy) => policy.id)).size).toBe(STARTER_PACK.length);
    for (const policy of STARTER_PACK) {
      expect(compileExpression(policy.expression)).toMatchObject({ ok: true });
      expect(policy).toMatchObject({ domain: null, severity: 'blocking', target: 'product-version' });
      expect(policy.id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    }
  });

  it.each(EXAMPLES)('passes every policy for the example %s', (name) => {
    for (const policy of STARTER_PACK) {
      expect({ policy: policy.id, ...outcomeOf(policy.id, example(name)) }).toMatchObject({
        policy: policy.id,
        outcome: 'pass',
      });
    }
  });

  const failing: [string, DataProductDescriptor | Record<string, unknown>][] = [
    [
      'owner-and-description',
      variant('sales-orders', (d) => delete (d.metadata as Partial<DataProductDescriptor['metadata']>).owner),
    ],
    ['owner-and-description', variant('sales-orders', (d) => (d.metadata.description = ''))],
    [
      'schema-documented',
      variant('sales-orders', (d) => {
        d.spec.contract.schema[1].fields[2].description = '';
      }),
    ],
    [
      'classification-set',
      variant('sales-orders', (d) => ((d.metadata as { classification: string }).classification = 'secret')),
    ],
    ['pii-restricted', variant('sales-customers', (d) => (d.spec.access.approval = 'auto'))],
    ['pii-restricted', variant('sales-customers', (d) => (d.spec.access.visibility = 'internal'))],
    ['pii-restricted', variant('sales-orders', (d) => (d.spec.contract.schema[0].fields[1].pii = true))],
    ['naming-conventions', variant('sales-orders', (d) => (d.metadata.name = 'Sales_Orders'))],
    ['naming-conventions', variant('sales-orders', (d) => (d.spec.contract.schema[0].fields[0].name = 'orderId'))],
    [
      'output-port-types',
      variant('sales-orders', (d) => ((d.spec.outputPorts[0] as { type: string }).type = 'postgres-view')),
    ],
    ['output-port-types', variant('sales-orders', (d) => (d.spec.outputPorts = []))],
    ['freshness-sla', variant('sales-orders', (d) => delete d.spec.contract.sla)],
    ['freshness-sla', variant('sales-orders', (d) => (d.spec.contract.sla = { availability: '99.9%' }))],
    [
      'primary-keys-checked',
      variant('sales-orders', (d) => {
        d.spec.contract.quality = d.spec.contract.quality?.filter((rule) => rule.field !== 'line_number');
      }),
    ],
    ['primary-keys-checked', variant('finance-revenue', (d) => delete d.spec.contract.quality)],
  ];

  it.each(failing)('fails %s for a violating variant, with the policy message', (policyId, descriptor) => {
    const policy = STARTER_PACK.find((candidate) => candidate.id === policyId);
    expect(outcomeOf(policyId, descriptor)).toEqual({
      policyId,
      policyVersion: 1,
      outcome: 'fail',
      message: policy?.message,
      severity: 'blocking',
    });
  });

  describe('breaking-change-versioned', () => {
    const v1 = example('sales-orders');
    /** 2.0.0 without the last field of the first table: a breaking change. */
    const breaking = (version: string) =>
      variant('sales-orders', (d) => {
        d.metadata.version = version;
        d.spec.contract.schema[0].fields.pop();
      });

    it('passes a first version and a compatible change', () => {
      expect(outcomeOf('breaking-change-versioned', v1).outcome).toBe('pass');
      const minor = variant('sales-orders', (d) => (d.metadata.version = '1.5.0'));
      expect(outcomeOf('breaking-change-versioned', minor, { descriptor: v1, sunsetAt: null }).outcome).toBe('pass');
    });

    it('fails a breaking change while the previous version has no sunset', () => {
      expect(
        outcomeOf('breaking-change-versioned', breaking('2.0.0'), { descriptor: v1, sunsetAt: null }),
      ).toMatchObject({ outcome: 'fail' });
    });

    it('fails a breaking change without a new major, even when the previous version has a sunset', () => {
      const sunset = { descriptor: v1, sunsetAt: new Date('2027-06-30T00:00:00Z') };
      expect(outcomeOf('breaking-change-versioned', breaking('1.5.0'), sunset).outcome).toBe('fail');
    });

    it('passes a breaking change with a new major once the previous version is deprecated with a sunset', () => {
      const sunset = { descriptor: v1, sunsetAt: new Date('2027-06-30T00:00:00Z') };
      expect(outcomeOf('breaking-change-versioned', breaking('2.0.0'), sunset).outcome).toBe('pass');
    });
  });
});
