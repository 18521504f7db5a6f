import { accessRequestContext } from './access-request-context';
import { compileExpression } from './cel';
import type { EvaluationContext } from './evaluation-context';

const context = (product: EvaluationContext['product']): EvaluationContext => ({
  product,
  domain: 'sales',
  previous: null,
  change: {
    previousVersion: null,
    breaking: false,
    requiredBump: 'none',
    majorBumped: false,
    breakingChanges: [],
    previousSunsetAt: null,
  },
  lineage: {
    downstreamCount: 2n,
    downstreamProducts: ['finance/revenue', 'logistics/shipments'],
    upstreamProducts: [],
  },
  now: new Date('2026-11-28T00:00:00Z'),
});

describe('compiling policy expressions', () => {
  it('compiles an expression over the declared variables once, to evaluate many times', () => {
    const compiled = compileExpression(
      'lineage.downstreamCount > 1 && product.metadata.owner == "team" && domain == "sales"',
    );
    if (!compiled.ok) throw new Error(compiled.problem.message);
    expect(compiled.evaluate(context({ metadata: { owner: 'team' } }))).toBe(true);
    expect(compiled.evaluate(context({ metadata: { owner: 'other' } }))).toBe(false);
  });

  it('locates a syntax error by line, column and offset', () => {
    expect(compileExpression('product.metadata.owner != ""\n  && && true')).toEqual({
      ok: false,
      problem: { message: expect.any(String), line: 2, column: 6, offset: 34 },
    });
  });

  it('names the whole unexpected word, and CEL’s spelling of a logical operator', () => {
    const compiled = compileExpression('size(product.spec.outputPorts) > 0 AND true');
    expect(compiled).toMatchObject({
      ok: false,
      problem: { message: "Unexpected 'AND': CEL writes it &&", line: 1, column: 36, offset: 35 },
    });
    expect(compileExpression('domain == "sales" or true')).toMatchObject({
      problem: { message: "Unexpected 'or': CEL writes it ||" },
    });
  });

  it('refuses undeclared variables and expressions that cannot yield a bool', () => {
    expect(compileExpression('descriptor.metadata.owner != ""')).toMatchObject({ ok: false, problem: { line: 1 } });
    expect(compileExpression('size(product.spec.outputPorts)')).toEqual({
      ok: false,
      problem: { message: 'the expression yields int, it must yield a bool', line: 1, column: 1, offset: 0 },
    });
  });

  it('offers timestamps: now, and the previous sunset', () => {
    const compiled = compileExpression('now > timestamp("2026-01-01T00:00:00Z") && change.previousSunsetAt == null');
    if (!compiled.ok) throw new Error(compiled.problem.message);
    expect(compiled.evaluate(context({}))).toBe(true);
  });

  it('gives access-request policies the request, the published descriptor, the domain and the time', () => {
    const expression =
      'size(request.purpose) >= 10 && request.port == null && product.spec.access.approval == "manual"';
    expect(compileExpression(expression)).toMatchObject({ ok: false, problem: { offset: 5 } });
    const compiled = compileExpression(expression, 'access-request');
    if (!compiled.ok) throw new Error(compiled.problem.message);
    const request = { id: 'r-1', principal: 'analyst', port: null, purpose: 'churn analysis' };
    const descriptor = { spec: { access: { approval: 'manual' } } };
    const now = new Date('2026-11-28T00:00:00Z');
    expect(compiled.evaluate(accessRequestContext(request, descriptor, 'sales', now))).toBe(true);
    expect(compiled.evaluate(accessRequestContext({ ...request, purpose: 'bi' }, descriptor, 'sales', now))).toBe(
      false,
    );
    expect(compileExpression('change.breaking', 'access-request')).toMatchObject({ ok: false });
  });
});
