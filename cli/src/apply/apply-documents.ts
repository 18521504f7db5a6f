import { enumValue } from '../arguments';
import { CliError } from '../cli-error';
import type { MeshDocument } from '../documents/mesh-documents';
import type { GatewayClient } from '../gateway/gateway-client';

/** What applying (or dry-running) one Domain or Policy document did. */
export interface AppliedDocument {
  kind: 'Domain' | 'Policy';
  source: string;
  name: string;
  outcome: 'created' | 'updated' | 'unchanged' | 'would create' | 'would update';
  detail?: string;
}

const APPLY_PRODUCT = `mutation Apply($descriptor: String!) {
  applyProduct(descriptor: $descriptor) { created domain name version state address baseline }
}`;
const DOMAIN = `query Domain($name: String!) { domain(name: $name) { name title description owningTeam } }`;
const CREATE_DOMAIN = `mutation CreateDomain($input: CreateDomainInput!) { createDomain(input: $input) { name } }`;
const POLICY = `query Policy($id: String!) { policy(id: $id) { id title description scope severity target expression message revision } }`;
const PUT_POLICY = `mutation PutPolicy($id: String!, $input: PolicyInput!) { putPolicy(id: $id, input: $input) { id revision } }`;

/** What the gateway answered to applyProduct: the version, and whether this apply created it. */
export interface ProductApplyResult {
  created: boolean;
  domain: string;
  name: string;
  version: string;
  state: string;
  address: string;
  baseline: string | null;
}

/** Applies a DataProduct document: a new version is proposed, or the existing one of the same content returned. */
export async function applyDescriptor(gateway: GatewayClient, document: MeshDocument): Promise<ProductApplyResult> {
  const { applyProduct } = await gateway.request<{ applyProduct: ProductApplyResult }>(APPLY_PRODUCT, {
    descriptor: document.text,
  });
  return applyProduct;
}

interface DomainInput {
  name: string;
  title: string;
  description?: string;
  owningTeam: string;
}

interface PolicyInput {
  title: string;
  description?: string;
  scope: string;
  severity: string;
  target: string;
  expression: string;
  message: string;
}

/**
 * A Domain document (`kind: Domain`, then the fields of a domain: name, title, description, owningTeam). Domains are
 * created once: the gateway has no way to change one, so an existing domain is left as it is, and said so.
 */
export async function applyDomain(
  gateway: GatewayClient,
  document: MeshDocument,
  dryRun: boolean,
): Promise<AppliedDocument> {
  const input = domainInput(document);
  const { domain } = await gateway.request<{ domain: DomainInput | null }>(DOMAIN, { name: input.name });
  const result = { kind: 'Domain' as const, source: document.source, name: input.name };
  if (domain !== null) {
    const differs =
      domain.title !== input.title ||
      domain.owningTeam !== input.owningTeam ||
      (domain.description ?? undefined) !== input.description;
    return {
      ...result,
      outcome: 'unchanged',
      detail: differs ? 'exists with other fields; domains cannot be changed through the gateway' : undefined,
    };
  }
  if (dryRun) return { ...result, outcome: 'would create' };
  await gateway.request(CREATE_DOMAIN, { input });
  return { ...result, outcome: 'created' };
}

/**
 * A Policy document: `kind: Policy` and the governance policy file's fields (id, title, description, scope,
 * severity, target, expression, message). Each real change makes a new revision; the same policy again changes
 * nothing.
 */
export async function applyPolicy(
  gateway: GatewayClient,
  document: MeshDocument,
  dryRun: boolean,
): Promise<AppliedDocument> {
  const { id, input } = policyInput(document);
  const { policy } = await gateway.request<{ policy: (PolicyInput & { revision: number }) | null }>(POLICY, { id });
  const result = { kind: 'Policy' as const, source: document.source, name: id };
  const unchanged =
    policy !== null &&
    (Object.keys(input) as (keyof PolicyInput)[]).every((key) => (policy[key] ?? undefined) === input[key]);
  if (unchanged) return { ...result, outcome: 'unchanged', detail: `revision ${policy.revision}` };
  if (dryRun) return { ...result, outcome: policy === null ? 'would create' : 'would update' };
  const { putPolicy } = await gateway.request<{ putPolicy: { revision: number } }>(PUT_POLICY, { id, input });
  return { ...result, outcome: policy === null ? 'created' : 'updated', detail: `revision ${putPolicy.revision}` };
}

function domainInput(document: MeshDocument): DomainInput {
  const value = document.value;
  return {
    name: requiredText(document, 'name'),
    title: requiredText(document, 'title'),
    description: optionalText(value.description),
    owningTeam: requiredText(document, 'owningTeam'),
  };
}

function policyInput(document: MeshDocument): { id: string; input: PolicyInput } {
  return {
    id: requiredText(document, 'id'),
    input: {
      title: requiredText(document, 'title'),
      description: optionalText(document.value.description),
      scope: requiredText(document, 'scope'),
      severity: enumValue(requiredText(document, 'severity')),
      target: enumValue(optionalText(document.value.target) ?? 'product-version'),
      expression: requiredText(document, 'expression'),
      message: requiredText(document, 'message'),
    },
  };
}

function requiredText(document: MeshDocument, key: string): string {
  const value = document.value[key];
  if (typeof value !== 'string' || value.trim() === '')
    throw new CliError(`${document.source}: a ${document.kind} needs ${key} (text)`);
  return value;
}

function optionalText(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
