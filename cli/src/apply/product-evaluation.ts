import type { MeshDocument } from '../documents/mesh-documents';
import { productLabel } from '../documents/mesh-documents';
import type { GatewayClient } from '../gateway/gateway-client';
import { colours, stateColour } from '../output/colours';
import { renderTable, truncate } from '../output/table';

const EVALUATE = `mutation Evaluate($descriptor: String!) {
  evaluateProduct(descriptor: $descriptor) {
    outcome valid problems { pointer message }
    evaluations { policyId policyVersion severity outcome message }
    waived previousVersion requiredBump changes { level pointer reason }
  }
}`;

export interface ContractChange {
  level: string;
  pointer: string;
  reason: string;
}

/** Governance's dry run of a descriptor, and the contract changes against the published version. */
export interface Evaluation {
  outcome: string;
  valid: boolean;
  problems: { pointer: string; message: string }[];
  evaluations: { policyId: string; policyVersion: number; severity: string; outcome: string; message: string | null }[];
  waived: string[];
  previousVersion: string | null;
  requiredBump: string;
  changes: ContractChange[];
}

export interface EvaluatedProduct {
  source: string;
  product: string;
  version: string;
  evaluation: Evaluation;
}

export async function evaluateProduct(gateway: GatewayClient, document: MeshDocument): Promise<EvaluatedProduct> {
  const { domain, name, version } = productLabel(document);
  const { evaluateProduct: evaluation } = await gateway.request<{ evaluateProduct: Evaluation }>(EVALUATE, {
    descriptor: document.text,
  });
  return { source: document.source, product: `${domain}/${name}`, version, evaluation };
}

/** Whether the version would be refused: by the descriptor schema or by a blocking policy. */
export function wouldBeRejected(evaluation: Evaluation): boolean {
  return !evaluation.valid || evaluation.outcome === 'REJECTED';
}

/** The dry run in words: the verdict, each policy's outcome, the required bump and the contract changes. */
export function renderEvaluation(evaluated: EvaluatedProduct): string {
  const { evaluation } = evaluated;
  const verdict = wouldBeRejected(evaluation) ? stateColour('REJECTED') : stateColour('APPROVED');
  const lines = [
    `${colours.bold(`${evaluated.product}@${evaluated.version}`)} (${evaluated.source}): would be ${verdict}`,
  ];
  for (const problem of evaluation.problems)
    lines.push(`  ${colours.red('invalid')} ${problem.pointer || '/'}: ${problem.message}`);
  const policies = renderTable(
    ['policy', 'severity', 'outcome', 'message'],
    evaluation.evaluations.map((policy) => [
      policy.policyId,
      policy.severity,
      stateColour(evaluation.waived.includes(policy.policyId) ? 'WAIVED' : policy.outcome),
      policy.outcome === 'PASS' ? '' : truncate(policy.message, 80),
    ]),
    'no policy applies',
  );
  lines.push(policies.replace(/^(?=.)/gm, '  ').trimEnd());
  lines.push(`  required version bump: ${bumpLine(evaluation, evaluated.version)}`);
  if (evaluation.changes.length > 0)
    lines.push(
      renderChanges(evaluation.changes)
        .replace(/^(?=.)/gm, '  ')
        .trimEnd(),
    );
  return `${lines.join('\n')}\n`;
}

/** `MAJOR (against published 1.4.0; declared 1.5.0)`. */
export function bumpLine(evaluation: Pick<Evaluation, 'requiredBump' | 'previousVersion'>, declared: string): string {
  const against =
    evaluation.previousVersion === null ? 'first version' : `against published ${evaluation.previousVersion}`;
  const bump = evaluation.requiredBump === 'MAJOR' ? colours.red(evaluation.requiredBump) : evaluation.requiredBump;
  return `${bump} (${against}; declared ${declared})`;
}

/** Contract changes, breaking ones first and marked. */
export function renderChanges(changes: readonly ContractChange[]): string {
  const order = ['BREAKING', 'MINOR', 'PATCH'];
  const sorted = [...changes].sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level));
  return renderTable(
    ['', 'level', 'where', 'change'],
    sorted.map((change) => [
      change.level === 'BREAKING' ? colours.red('!') : ' ',
      stateColour(change.level),
      change.pointer,
      change.reason,
    ]),
    'no contract changes',
  );
}
