import { eventually } from '@mesh/testing';
import { once } from 'node:events';
import { createServer, type Socket } from 'node:net';
import { twoPortProduct, versionRef, type Descriptor } from './support/descriptors';
import {
  apply,
  approve,
  awaitState,
  ensureDomain,
  startProvisioningStack,
  versionOf,
  type ProvisioningStack,
} from './support/provisioning-stack';

/** A TCP server on `port` that accepts connections and never answers them. */
async function holdConnections(port: number): Promise<{ close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  return {
    close: async () => {
      sockets.forEach((socket) => socket.destroy());
      server.close();
      await once(server, 'close');
    },
  };
}

interface FlowReply {
  state: string;
  ports: { name: string; state: string; attempts: number; lastError: string | null; job: { state: string } | null }[];
}

/** The catalog's view of a table: how many schemas it has had. */
interface LoadedTable {
  metadata: { schemas: unknown[]; 'table-uuid': string };
}

describe('provisioning through crashes and outages', () => {
  let mesh: ProvisioningStack;

  beforeAll(async () => {
    // Retries every 2 s at most, for as long as an outage of the test lasts on a loaded machine.
    mesh = await startProvisioningStack('resilience', {
      provisioning: { JOB_ATTEMPTS: '50', JOB_BACKOFF_MAX_MS: '2000' },
    });
    for (const domain of ['sales', 'shop']) await ensureDomain(mesh.admin, domain);
  }, 180_000);

  afterAll(async () => {
    await mesh?.close();
  });

  const flowOf = async (descriptor: Descriptor) => {
    const { domain, name, version } = versionRef(descriptor);
    const reply = await mesh.provisioningApi.get<FlowReply>(`/v1/flows/${domain}/${name}/${version}`);
    return reply.status === 200 ? reply.body : null;
  };
  const portOf = async (descriptor: Descriptor, port: string) =>
    (await flowOf(descriptor))?.ports.find((candidate) => candidate.name === port);
  const provisionedEvents = (domain: string) =>
    mesh
      .events()
      .filter((event) => event.type === 'provisioning.port.provisioned' && event.subject.includes(`:${domain}:`))
      .map((event) => (event.payload as { port: { name: string } }).port.name)
      .sort();

  it('retries the table job while the catalog is down for 30 s, and completes the flow when it returns', async () => {
    const orders = twoPortProduct('sales');
    await mesh.catalog.stop();
    await apply(mesh.admin, orders);
    await approve(mesh, versionRef(orders));
    // The topic needs no catalog; the table job keeps failing and is retried with backoff.
    await eventually(
      async () => (await portOf(orders, 'order-status-events'))?.state === 'done',
      () => 'the topic port was not provisioned',
      60_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 30_000));
    const waiting = await portOf(orders, 'orders');
    expect(waiting).toMatchObject({ state: 'pending', lastError: expect.stringContaining('catalog') });
    expect(waiting?.attempts).toBeGreaterThanOrEqual(3);
    expect((await versionOf(mesh.admin, versionRef(orders))).state).toBe('provisioning');

    await mesh.catalog.start();
    await awaitState(mesh, versionRef(orders), 'published');
    expect((await flowOf(orders))?.state).toBe('completed');
    expect(provisionedEvents('sales')).toEqual(['order-status-events', 'orders']);
  }, 180_000);

  it('completes a flow after the provisioning process is killed in the middle of a job, creating nothing twice', async () => {
    const orders = twoPortProduct('shop');
    // In place of the catalog, a server that accepts connections and never answers: the table job hangs in the
    // middle of its run (active, holding its lock) while the topic job completes.
    await mesh.catalog.stop();
    const hanging = await holdConnections(Number(new URL(mesh.catalog.url).port));
    await apply(mesh.admin, orders);
    await approve(mesh, versionRef(orders));
    await eventually(
      async () => {
        const ports = (await flowOf(orders))?.ports ?? [];
        return (
          ports.find((port) => port.name === 'order-status-events')?.state === 'done' &&
          ports.find((port) => port.name === 'orders')?.job?.state === 'active'
        );
      },
      () => 'the flow did not reach its middle',
      60_000,
    );
    await mesh.provisioning.kill();
    await hanging.close();
    await mesh.catalog.start();
    // The killed worker's lock lapses and the job runs again, in the new process.
    await mesh.provisioning.start();

    await awaitState(mesh, versionRef(orders), 'published');
    expect((await flowOf(orders))?.state).toBe('completed');
    expect(provisionedEvents('shop')).toEqual(['order-status-events', 'orders']);
    const table = await mesh.catalogApi.get<LoadedTable>('/v1/namespaces/shop/tables/orders');
    expect(table.body.metadata.schemas).toHaveLength(1);
    const topics = (await mesh.kafka.listTopics()).filter((topic) => topic.includes('shop.orders'));
    expect(topics).toEqual([`${mesh.prefix}shop.orders.v1.order-status-events`]);
  }, 180_000);
});
