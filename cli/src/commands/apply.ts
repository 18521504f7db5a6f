import { Option, type Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { applyDescriptor, applyDomain, applyPolicy, type AppliedDocument } from '../apply/apply-documents';
import {
  followLifecycles,
  renderOutcomeProblems,
  type FollowedVersion,
  type FollowOutcome,
  type Renderer,
} from '../apply/follow-lifecycle';
import { evaluateProduct, renderEvaluation, wouldBeRejected, type EvaluatedProduct } from '../apply/product-evaluation';
import { VersionProgress } from '../apply/version-progress';
import { followEvents } from '../apply/version-watch';
import { inApplyOrder, productLabel, readDocuments, type MeshDocument } from '../documents/mesh-documents';
import type { GatewayClient } from '../gateway/gateway-client';
import type { GatewaySubscriptions } from '../gateway/subscriptions';
import { colours, stateColour } from '../output/colours';
import { formatOutput, outputOption, type OutputFormat } from '../output/output-format';
import { parseDuration } from '../output/time';
import type { Session } from '../session';
import { withExamples } from './help-examples';

interface ApplyOptions {
  file: string;
  dryRun?: boolean;
  wait: boolean;
  timeout: number;
  output: OutputFormat;
}

interface AppliedProduct {
  kind: 'DataProduct';
  source: string;
  product: string;
  version: string;
  created: boolean;
  state: string;
  address: string;
}

export function registerApply(program: Command, session: Session): void {
  withExamples(
    program
      .command('apply')
      .description(
        'apply domains, policies and data products from YAML (several documents a file, or a directory of files), then ' +
          'follow each product version live until it is published (exit 0) or rejected (exit 1, with every failed policy)',
      )
      .requiredOption('-f, --file <path>', 'a YAML or JSON file, or a directory of them')
      .option(
        '--dry-run',
        "apply nothing: show each policy's outcome and the version bump the contract changes require",
      )
      .option('--no-wait', 'return once applied, without following the lifecycle')
      .addOption(
        new Option('--timeout <duration>', 'how long to wait for publication')
          .argParser(durationArgument)
          .default(600_000, '10m'),
      )
      .addOption(outputOption()),
    [
      'mesh apply -f examples/products/sales-orders.yaml',
      'mesh apply -f examples/demo/ --no-wait',
      'mesh apply -f my-product.yaml --dry-run',
      'mesh apply -f my-product.yaml -o json    # in CI: the outcome of each document as JSON',
    ],
  ).action(async (options: ApplyOptions) => {
    const documents = inApplyOrder(readDocuments(options.file));
    const gateway = session.gateway();
    const ok =
      options.dryRun === true
        ? await dryRun(gateway, documents, options.output)
        : await apply(session, gateway, documents, options);
    if (!ok) process.exitCode = 1;
  });
}

function durationArgument(text: string): number {
  const ms = parseDuration(text);
  if (ms === undefined) throw new InvalidArgumentError(`expected a duration such as 90s, 10m or 1h, got "${text}"`);
  return ms;
}

async function dryRun(
  gateway: GatewayClient,
  documents: readonly MeshDocument[],
  output: OutputFormat,
): Promise<boolean> {
  const results: (AppliedDocument | EvaluatedProduct)[] = [];
  for (const document of documents) {
    const result =
      document.kind === 'DataProduct'
        ? await evaluateProduct(gateway, document)
        : await applyOther(gateway, document, true);
    results.push(result);
    if (output === 'table')
      process.stdout.write('evaluation' in result ? renderEvaluation(result) : documentLine(result));
  }
  if (output !== 'table') process.stdout.write(formatOutput(output, results, () => ''));
  return results.every((result) => !('evaluation' in result) || !wouldBeRejected(result.evaluation));
}

async function apply(
  session: Session,
  gateway: GatewayClient,
  documents: readonly MeshDocument[],
  options: ApplyOptions,
): Promise<boolean> {
  const human = options.output === 'table';
  const results: (AppliedDocument | AppliedProduct)[] = [];
  const followed: FollowedVersion[] = [];
  const products = documents.filter((document) => document.kind === 'DataProduct');
  const subscriptions = options.wait && products.length > 0 ? session.subscriptions() : undefined;
  try {
    await subscriptions?.connect();
    for (const document of documents) {
      if (document.kind !== 'DataProduct') {
        const result = await applyOther(gateway, document, false);
        results.push(result);
        if (human) process.stdout.write(documentLine(result));
        continue;
      }
      const { result, follow } = await applyProduct(gateway, subscriptions, document);
      results.push(result);
      if (follow !== undefined) followed.push(follow);
      if (human && (follow === undefined || !result.created)) process.stdout.write(productLine(result));
    }
    if (followed.length === 0) {
      if (!human) process.stdout.write(formatOutput(options.output, results, () => ''));
      return results.every((result) => !('state' in result) || result.state !== 'REJECTED');
    }
    const renderer: Renderer = !human ? 'silent' : process.stdout.isTTY === true ? 'default' : 'simple';
    const outcomes = await followLifecycles(gateway, followed, { renderer, timeoutMs: options.timeout });
    if (human) process.stdout.write(renderOutcomeProblems(outcomes));
    else process.stdout.write(formatOutput(options.output, withOutcomes(results, outcomes), () => ''));
    return outcomes.every((outcome) => outcome.outcome === 'published');
  } finally {
    await subscriptions?.close();
  }
}

/**
 * Applies one descriptor. When the lifecycle is to be followed, its events are subscribed to first, so that not
 * even the proposal can be missed; a version that already exists is followed from the state it is in.
 */
async function applyProduct(
  gateway: GatewayClient,
  subscriptions: GatewaySubscriptions | undefined,
  document: MeshDocument,
): Promise<{ result: AppliedProduct; follow?: FollowedVersion }> {
  const declared = productLabel(document);
  const progress = new VersionProgress(declared);
  if (subscriptions !== undefined) followEvents(subscriptions, progress);
  const appliedAt = Date.now();
  const applied = await applyDescriptor(gateway, document);
  const result: AppliedProduct = {
    kind: 'DataProduct',
    source: document.source,
    product: `${applied.domain}/${applied.name}`,
    version: applied.version,
    created: applied.created,
    state: applied.state,
    address: applied.address,
  };
  if (subscriptions === undefined) return { result };
  progress.reach(applied.state);
  if (applied.state === 'PUBLISHED' && !applied.created) return { result };
  return { result, follow: { progress, ports: portNames(document), appliedAt } };
}

function applyOther(gateway: GatewayClient, document: MeshDocument, dryRun: boolean): Promise<AppliedDocument> {
  return document.kind === 'Domain' ? applyDomain(gateway, document, dryRun) : applyPolicy(gateway, document, dryRun);
}

function portNames(document: MeshDocument): string[] {
  const spec = (document.value.spec ?? {}) as { outputPorts?: { name?: unknown }[] };
  return (spec.outputPorts ?? []).map((port) => port.name).filter((name): name is string => typeof name === 'string');
}

function documentLine(result: AppliedDocument): string {
  const outcome = result.outcome === 'unchanged' ? colours.dim(result.outcome) : colours.green(result.outcome);
  return `${result.kind.toLowerCase()} ${colours.bold(result.name)} ${outcome}${result.detail === undefined ? '' : ` (${result.detail})`}\n`;
}

function productLine(result: AppliedProduct): string {
  const what = result.created ? 'proposed' : 'unchanged';
  return `product ${colours.bold(`${result.product}@${result.version}`)} ${what}: ${stateColour(result.state)}\n`;
}

function withOutcomes(
  results: readonly (AppliedDocument | AppliedProduct)[],
  outcomes: readonly FollowOutcome[],
): unknown[] {
  return results.map((result) => {
    if (result.kind !== 'DataProduct') return result;
    const outcome = outcomes.find(
      (candidate) => candidate.product === result.product && candidate.version === result.version,
    );
    return outcome === undefined ? result : { ...result, ...outcome };
  });
}
