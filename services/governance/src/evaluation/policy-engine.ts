import { Injectable } from '@nestjs/common';
import type { PolicyEvaluation } from '@mesh/contracts';
import type { EntityManager } from 'typeorm';
import { PoliciesRepository } from '../policies/policies.repository';
import type { ProductLineage } from '../lineage/lineage.repository';
import { evaluationContext, type PreviousVersion } from './evaluation-context';
import { decide, evaluatePolicies, PolicyCompiler, type CompiledPolicy, type DecisionOutcome } from './evaluator';

/** What one product version is evaluated with. */
export interface EvaluationSubject {
  domain: string;
  descriptor: unknown;
  /** Whether the descriptor passed validation; change facts are computed for valid ones only. */
  valid: boolean;
  previous: PreviousVersion | null;
  lineage: ProductLineage;
  /** Ids of the policies the product is exempt from. */
  waived: ReadonlySet<string>;
}

export interface EvaluationResult {
  outcome: DecisionOutcome;
  evaluations: PolicyEvaluation[];
  /** Applicable policies skipped because of a waiver. */
  waived: string[];
}

/**
 * Evaluates product versions against the applicable product-version policies: every global policy and the
 * product's domain's own, minus the waived ones. Loads access-request policies the same way, for the access gate. Policies are read for every gate (one indexed query, so all
 * instances see a change at once) and compiled once per revision.
 */
@Injectable()
export class PolicyEngine {
  private readonly compiler = new PolicyCompiler();

  constructor(private readonly policies: PoliciesRepository) {}

  /** The live product-version policies of these domains (and the global ones); of every domain with null. */
  async load(domains: readonly string[] | null, manager?: EntityManager): Promise<CompiledPolicy[]> {
    const policies = await this.policies.applicable('product-version', domains, manager);
    return policies.map((policy) => this.compiler.compile(policy));
  }

  /** The live access-request policies that apply to a domain's products: the global ones and the domain's. */
  async loadAccessPolicies(domain: string, manager?: EntityManager): Promise<CompiledPolicy[]> {
    const policies = await this.policies.applicable('access-request', [domain], manager);
    return policies.map((policy) => this.compiler.compile(policy));
  }

  evaluate(policies: readonly CompiledPolicy[], subject: EvaluationSubject, now: Date): EvaluationResult {
    const applicable = policies.filter(({ policy }) => policy.domain === null || policy.domain === subject.domain);
    const evaluated = applicable.filter(({ policy }) => !subject.waived.has(policy.id));
    const context = evaluationContext(
      {
        descriptor: subject.descriptor,
        domain: subject.domain,
        previous: subject.previous,
        lineage: subject.lineage,
        now,
      },
      subject.valid,
    );
    const evaluations = evaluatePolicies(evaluated, context);
    return {
      outcome: decide(evaluations),
      evaluations,
      waived: applicable.filter(({ policy }) => subject.waived.has(policy.id)).map(({ policy }) => policy.id),
    };
  }
}
