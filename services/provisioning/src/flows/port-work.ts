import { Inject, Injectable } from '@nestjs/common';
import { HttpSchemaRegistry } from '@mesh/contracts';
import { portTable, type OutputPort, type TableSchema } from '@mesh/descriptor';
import { Outbox } from '@mesh/messaging';
import { CONFIG } from '@mesh/platform';
import { UnrecoverableError } from 'bullmq';
import { major } from 'semver';
import type { ProvisioningConfig } from '../config';
import { productEvent } from '../events/provisioning-events';
import { GrantsService } from '../grants/grants.service';
import type { VersionKey } from '../queue/queue-names';
import { RegistryClient } from '../registry/registry-client';
import type { IcebergCatalog } from '../tables/iceberg-catalog';
import { tableHolder, TableProvisioner } from '../tables/table-provisioner';
import { avroValueSchema } from '../topics/avro-schema';
import { topicPlan, TopicProvisioner } from '../topics/topic-provisioner';
import type { FlowEntity, FlowPortEntity } from './flow.entity';
import { FlowsRepository } from './flows.repository';
import { ICEBERG_CATALOG } from './provisioning.tokens';

/** Reports how far a job got, 0 to 100, to BullMQ (operators see it). */
export type Progress = (percent: number) => Promise<void>;

/** The run of a port's job: which attempt it is (1 for the first), and how it reports its progress. */
export interface PortRun {
  attempt: number;
  progress: Progress;
}

/** Versions in these states need no table or topic any more. */
const GONE_STATES: ReadonlySet<string> = new Set(['retired', 'rejected']);

/**
 * The work of one port job: make (or tear down) the port's table or topic, then record it done and, for
 * provisioning, announce it through the outbox in the same transaction. A port already recorded done is skipped,
 * so a job that runs again (after a crash, or a retry) neither creates nor announces anything twice.
 */
@Injectable()
export class PortWork {
  private readonly schemaRegistry: HttpSchemaRegistry;

  constructor(
    private readonly flows: FlowsRepository,
    private readonly tables: TableProvisioner,
    private readonly topics: TopicProvisioner,
    private readonly grants: GrantsService,
    private readonly registry: RegistryClient,
    @Inject(ICEBERG_CATALOG) private readonly catalog: IcebergCatalog,
    @Inject(CONFIG) private readonly config: ProvisioningConfig,
  ) {
    this.schemaRegistry = new HttpSchemaRegistry(`${config.REGISTRY_URL}/schema-registry`, {
      token: config.REGISTRY_TOKEN,
    });
  }

  async provision(flowId: string, portName: string, { attempt, progress }: PortRun): Promise<void> {
    const { flow, port } = await this.portOf(flowId, portName);
    if (port.state === 'done') return;
    const { output, contract } = this.describedPort(flow, portName);
    let outcome: string;
    if (output.type === 'iceberg-table') {
      const { namespace, table } = splitTable(port.address);
      outcome = await this.tables.provision({
        namespace,
        table,
        contract,
        partitioning: output.iceberg?.partitionSpec ?? [],
        properties: { 'mesh.product': `${flow.domain}/${flow.product}`, 'mesh.port': output.name },
      });
      await progress(60);
      // Consumers granted before this table existed can read it from the moment it is announced.
      await this.grants.applyExisting({ domain: flow.domain, name: flow.product });
    } else {
      const topic = `${this.config.MESH_TOPIC_PREFIX}${port.address}`;
      const schema = avroValueSchema({ domain: flow.domain, name: flow.product }, contract);
      await this.schemaRegistry.register(`${topic}-value`, JSON.stringify(schema));
      await progress(40);
      outcome = await this.topics.provision(topicPlan(topic, output.kafka));
    }
    await progress(90);
    await this.flows.transaction(async (manager) => {
      const locked = await this.flows.lockPort(manager, flowId, portName);
      if (locked.state === 'done') return;
      await this.flows.updatePort(manager, flowId, portName, {
        state: 'done',
        outcome,
        attempts: attempt,
        lastError: null,
      });
      const product = { domain: flow.domain, name: flow.product, version: flow.version };
      await Outbox.add(
        manager,
        productEvent(
          'provisioning.port.provisioned',
          product,
          {
            jobId: flow.jobId,
            product,
            port: { name: port.name, type: port.type, address: port.address },
          },
          flow.correlationId,
        ),
      );
    });
    await progress(100);
  }

  /**
   * Tears a retired version's port down as its descriptor's retention says: `drop` deletes the table (with its
   * files) or the topic, `archive` keeps them, the table marked archived. A port that another live version of the
   * same major still uses (minor versions share their table and topic) is kept. Nothing is removed unless the
   * registry says the version is retired, which it only is after its sunset.
   */
  async retire(flowId: string, portName: string, attempt = 1): Promise<void> {
    const { flow, port } = await this.portOf(flowId, portName);
    if (port.state === 'done') return;
    const versions = await this.registry.versions({ domain: flow.domain, name: flow.product });
    const own = versions.find((candidate) => candidate.version === flow.version);
    if (own?.state !== 'retired') {
      throw new UnrecoverableError(
        `${flow.domain}/${flow.product} ${flow.version} is ${own?.state ?? 'unknown'} in the registry, not retired: nothing is removed before its sunset`,
      );
    }
    const sharing = versions.filter(
      (candidate) =>
        candidate.version !== flow.version &&
        major(candidate.version) === major(flow.version) &&
        !GONE_STATES.has(candidate.state),
    );
    const outcome =
      sharing.length > 0
        ? `kept: still used by ${sharing.map((candidate) => candidate.version).join(', ')}`
        : await this.tearDown(flow, port);
    await this.flows.transaction((manager) =>
      this.flows.updatePort(manager, flowId, portName, { state: 'done', outcome, attempts: attempt, lastError: null }),
    );
  }

  private async tearDown(flow: FlowEntity, port: FlowPortEntity): Promise<string> {
    const onRetire = flow.descriptor.spec.access.retention?.onRetire ?? 'drop';
    if (port.type === 'kafka-topic') {
      if (onRetire === 'drop') await this.topics.remove(`${this.config.MESH_TOPIC_PREFIX}${port.address}`);
      return onRetire === 'drop' ? 'dropped' : 'archived';
    }
    const { namespace, table } = splitTable(port.address);
    const loaded = await this.catalog.loadTable(namespace, table);
    const holder = loaded === null ? undefined : tableHolder(loaded);
    // Never remove another product's table, whatever a descriptor claimed.
    if (holder !== undefined && holder !== `${flow.domain}/${flow.product}`) return `kept: held by ${holder}`;
    if (onRetire === 'drop') {
      await this.catalog.dropTable(namespace, table, true);
      return 'dropped';
    }
    if (loaded !== null) {
      await this.catalog.commitTable(namespace, table, {
        requirements: [{ type: 'assert-table-uuid', uuid: loaded.metadata['table-uuid'] }],
        updates: [
          {
            action: 'set-properties',
            updates: { 'mesh.archived': 'true', 'mesh.retired-version': flow.version },
          },
        ],
      });
    }
    return 'archived';
  }

  private async portOf(flowId: string, portName: string): Promise<{ flow: FlowEntity; port: FlowPortEntity }> {
    const flow = await this.flows.findById(flowId);
    const port = flow?.ports.find((candidate) => candidate.name === portName);
    if (flow === null || port === undefined) throw new UnrecoverableError(`flow ${flowId} has no port '${portName}'`);
    return { flow, port };
  }

  private describedPort(flow: FlowEntity, portName: string): { output: OutputPort; contract: TableSchema } {
    const { outputPorts, contract } = flow.descriptor.spec;
    const output = outputPorts.find((candidate) => candidate.name === portName);
    const table = output === undefined ? undefined : contract.schema.find((entry) => entry.name === portTable(output));
    if (output === undefined || table === undefined) {
      throw new UnrecoverableError(`the descriptor of ${flow.version} has no output port '${portName}' with a table`);
    }
    return { output, contract: table };
  }
}

export function versionKey(flow: Pick<FlowEntity, 'domain' | 'product' | 'version'>): VersionKey {
  return { domain: flow.domain, product: flow.product, version: flow.version };
}

/** `namespace.table`: the namespace is the domain, which has no dot. */
function splitTable(address: string): { namespace: string; table: string } {
  const dot = address.indexOf('.');
  return { namespace: address.slice(0, dot), table: address.slice(dot + 1) };
}
