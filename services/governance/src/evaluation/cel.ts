import { Environment, EvaluationError, ParseError, TypeError, type ParseResult } from '@marcbachmann/cel-js';
import type { PolicyTarget } from '../policies/policy.model';
import type { AccessRequestContext } from './access-request-context';
import type { EvaluationContext } from './evaluation-context';

const options = { homogeneousAggregateLiterals: false, enableOptionalTypes: true };

/**
 * The variables a policy expression sees, per target; each environment is built once (building one is the
 * expensive part of the library). Undeclared variables are refused, so a typo fails when the policy is applied,
 * not when it is evaluated.
 */
const productVersionEnvironment = new Environment(options)
  .registerVariable('product', 'map', { description: 'The proposed descriptor (JSON)' })
  .registerVariable('domain', 'string', { description: "The product's domain" })
  .registerVariable('previous', 'dyn', { description: 'The previous published descriptor, or null' })
  .registerVariable('change', 'map', { description: 'Facts about the change since the previous version' })
  .registerVariable('lineage', 'map', { description: 'Lineage facts: downstream consumers of the product' })
  .registerVariable('now', 'google.protobuf.Timestamp', { description: 'When the evaluation runs' });

const accessRequestEnvironment = new Environment(options)
  .registerVariable('request', 'map', { description: 'The access request: id, principal, port, purpose' })
  .registerVariable('product', 'map', { description: "The product's latest readable descriptor, or an empty map" })
  .registerVariable('domain', 'string', { description: "The product's domain" })
  .registerVariable('now', 'google.protobuf.Timestamp', { description: 'When the evaluation runs' });

const ENVIRONMENTS: Record<PolicyTarget, Environment> = {
  'product-version': productVersionEnvironment,
  'access-request': accessRequestEnvironment,
};

/** What an expression is evaluated against: a product version's context or an access request's. */
export type PolicyContext = EvaluationContext | AccessRequestContext;

/** Where a CEL expression is wrong: 1-based line and column, and the 0-based offset. */
export interface CelProblem {
  message: string;
  line: number;
  column: number;
  offset: number;
}

export type CompiledExpression = (context: PolicyContext) => unknown;

export type Compilation = { ok: true; evaluate: CompiledExpression } | { ok: false; problem: CelProblem };

/**
 * Parses and type-checks an expression once; the result is evaluated as often as needed. An expression must be able
 * to yield a bool: one whose type is known to be something else is refused here.
 */
export function compileExpression(expression: string, target: PolicyTarget = 'product-version'): Compilation {
  let program: ParseResult;
  try {
    program = ENVIRONMENTS[target].parse(expression);
  } catch (error) {
    if (error instanceof ParseError) return { ok: false, problem: problemAt(expression, error) };
    throw error;
  }
  const checked = program.check();
  if (!checked.valid) {
    const error = checked.error;
    if (error === undefined) throw new Error('type check failed without an error');
    return { ok: false, problem: problemAt(expression, error) };
  }
  if (checked.type !== 'bool' && checked.type !== 'dyn') {
    return {
      ok: false,
      problem: {
        message: `the expression yields ${checked.type}, it must yield a bool`,
        line: 1,
        column: 1,
        offset: 0,
      },
    };
  }
  return { ok: true, evaluate: (context) => program(context) };
}

/** The reason a runtime failure gives, with its position in the expression when the library knows it. */
export function runtimeFailure(expression: string, error: unknown): string {
  if (error instanceof EvaluationError || error instanceof TypeError) {
    const { message, line, column } = problemAt(expression, error);
    return `${message} (line ${line}, column ${column})`;
  }
  return error instanceof Error ? error.message : String(error);
}

function problemAt(expression: string, error: ParseError | TypeError | EvaluationError): CelProblem {
  const offset = error.range?.start ?? 0;
  const before = expression.slice(0, offset).split('\n');
  const message = summaryOf(expression, error);
  return { message, line: before.length, column: before[before.length - 1].length + 1, offset };
}

/** Words people write for CEL's logical operators. */
const OPERATOR_WORDS: Record<string, string> = { and: '&&', or: '||', not: '!' };

/**
 * The library names the last character of an unexpected word ("Unexpected character: 'D'" for `AND`) while its
 * range covers the whole word: the message names the word, and CEL's spelling when it is a logical operator.
 */
function summaryOf(expression: string, error: ParseError | TypeError | EvaluationError): string {
  const { start, end } = error.range ?? { start: 0, end: 0 };
  if (!error.summary.startsWith('Unexpected character') || end - start <= 1) return error.summary;
  const word = expression.slice(start, end);
  const operator = OPERATOR_WORDS[word.toLowerCase()];
  return `Unexpected '${word}'${operator === undefined ? '' : `: CEL writes it ${operator}`}`;
}
