import type { EventType, MeshEvent, PayloadOf } from '@mesh/contracts';
import {
  ADMIN_TOKEN,
  deleteRunTopics,
  HttpApi,
  joinEventBus,
  startBesideRegistry,
  startRegistry,
  type RegistryUnderTest,
  type Reply,
} from '@mesh/testing';

/**
 * A real registry and a real lineage service on Kafka topics of their own (the registry's MESH_TOPIC_PREFIX) and a
 * Postgres schema of their own. The test publishes what governance and provisioning would, and reads what the
 * lineage service published.
 */
export interface LineageUnderTest {
  registry: RegistryUnderTest;
  url: string;
  /** A request to the lineage service, with the admin's token unless another (or none) is given. */
  request<T = unknown>(method: string, path: string, body?: unknown, token?: string | null): Promise<Reply<T>>;
  /** The registry as its bootstrap admin sees it. */
  registryAdmin: HttpApi;
  publish<T extends EventType>(type: T, subject: string, payload: PayloadOf<T>): Promise<MeshEvent<T>>;
  awaitEvent<T extends EventType>(type: T, match: (event: MeshEvent<T>) => boolean): Promise<MeshEvent<T>>;
  close(): Promise<void>;
}

export async function startLineage(label: string): Promise<LineageUnderTest> {
  const registry = await startRegistry(label);
  const { service, remove } = await startBesideRegistry('lineage', label, registry).catch(async (error: unknown) => {
    await registry.remove();
    throw error;
  });
  const bus = await joinEventBus(registry, {
    clientId: `it-lineage-${label}`,
    // What the lineage service writes, and the lifecycle, to follow the versions the test publishes.
    observe: ['mesh.lineage.v1', 'mesh.data-published.v1', 'mesh.quality.v1', 'mesh.product-lifecycle.v1'],
    timeoutMs: 45_000,
    diagnostics: () => service.output(),
  });

  return {
    registry,
    url: service.url,
    request: (method, path, body, token = ADMIN_TOKEN) =>
      new HttpApi(service.url, token ?? undefined).request(method, path, body),
    registryAdmin: new HttpApi(registry.serviceUrl, ADMIN_TOKEN),
    publish: bus.publish,
    awaitEvent: (type, match) => bus.awaitEvent(type, match),
    close: async () => {
      await bus.disconnect();
      await remove();
      await registry.remove();
      await deleteRunTopics(registry.topicPrefix);
    },
  };
}
