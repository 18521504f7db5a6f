import type { MeshUnderTest } from '@mesh/testing';
import { describeWholeMesh } from './whole-mesh';

/**
 * The same run with two instances of every service behind balancers, as a cluster runs them, and one instance of
 * each killed (kill -9) while governance and provisioning work on the product: the other instances take over the
 * consumer groups' partitions, the queues and the outboxes, and nothing is lost or done twice.
 */
async function killOneInstanceOfEach(mesh: MeshUnderTest): Promise<void> {
  await Promise.all(Object.values(mesh.processes()).map((service) => service.instances[0].kill()));
}

describeWholeMesh('the whole mesh, two instances of every service, one of each killed during the run', {
  replicas: 2,
  storage: 'local',
  afterApply: killOneInstanceOfEach,
});
