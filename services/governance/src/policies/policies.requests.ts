import { pageQuery } from '@mesh/platform';
import { z } from 'zod';
import { POLICY_SEVERITIES, POLICY_TARGETS, type PolicySpec } from './policy.model';

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const kebab = (what: string) =>
  z
    .string()
    .max(63)
    .regex(KEBAB, `${what} must be kebab-case: lower-case words of letters and digits joined by hyphens`);

export const policyId = kebab('a policy id');

/** `global` or `domain:<name>`. */
const scope = z
  .string()
  .refine(
    (value) => value === 'global' || (value.startsWith('domain:') && KEBAB.test(value.slice('domain:'.length))),
    "must be 'global' or 'domain:<domain name>'",
  )
  .transform((value) => (value === 'global' ? null : value.slice('domain:'.length)));

const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * A policy as applied through the API or from a policy file. `id` may be repeated in the body (as in a GitOps file)
 * and must then match the URL; `target` defaults to product versions.
 */
export const policyBody = z
  .object({
    id: policyId.optional(),
    title: text(200),
    description: text(4000),
    scope,
    severity: z.enum(POLICY_SEVERITIES),
    target: z.enum(POLICY_TARGETS).default('product-version'),
    expression: text(10_000),
    message: text(1000),
  })
  .strict();

export function toSpec(id: string, body: z.infer<typeof policyBody>): PolicySpec {
  return {
    id,
    title: body.title,
    description: body.description,
    domain: body.scope,
    severity: body.severity,
    target: body.target,
    expression: body.expression,
    message: body.message,
  };
}

export const listPoliciesQuery = z
  .object({
    scope: scope.optional(),
    target: z.enum(POLICY_TARGETS).optional(),
    ...pageQuery(z.tuple([z.string()])),
  })
  .strict();

export type ListPoliciesQuery = z.infer<typeof listPoliciesQuery>;
