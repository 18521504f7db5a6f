import { productUrn, type MeshEvent, type PayloadOf } from '@mesh/contracts';
import type { TestEventBus } from './event-bus';
import { uniqueName } from './unique';

export interface VersionRef {
  domain: string;
  name: string;
  version: string;
}

/** What governance sends when it approves a proposed version. */
export function approvalOf(ref: VersionRef): PayloadOf<'governance.decision.made'> {
  return {
    decisionId: uniqueName('decision'),
    product: versionOf(ref),
    outcome: 'approved',
    trigger: 'proposal',
    evaluations: [],
  };
}

/**
 * Takes a proposed version to published as governance and provisioning would, for tests that run neither: an
 * approval, then one port-provisioned report per output port at the address the registry gave it when it started
 * provisioning. The bus must observe the product-lifecycle topic.
 */
export async function publishVersion(
  bus: Pick<TestEventBus, 'publish' | 'awaitEvent'>,
  ref: VersionRef,
): Promise<MeshEvent<'product.version.published'>> {
  const subject = productUrn(ref);
  const sameVersion = (event: MeshEvent<'product.provisioning.started' | 'product.version.published'>) =>
    event.subject === subject && event.payload.product.version === ref.version;
  await bus.publish('governance.decision.made', subject, approvalOf(ref));
  const started = await bus.awaitEvent('product.provisioning.started', sameVersion);
  for (const port of started.payload.outputPorts) {
    await bus.publish('provisioning.port.provisioned', subject, {
      jobId: started.payload.jobId,
      product: versionOf(ref),
      port: { name: port.name, type: port.type, address: port.address },
    });
  }
  return bus.awaitEvent('product.version.published', sameVersion);
}

/** Only the three fields: a ref may come from a larger object, and an event carries no more. */
function versionOf({ domain, name, version }: VersionRef): VersionRef {
  return { domain, name, version };
}
