import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { EventCodec, HttpSchemaRegistry, type TopicName } from '@mesh/contracts';
import { createKafka, prefixedTopics } from '@mesh/messaging';
import { CONFIG, LOGGER, ReadinessRegistry } from '@mesh/platform';
import type { Consumer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Logger } from 'pino';
import type { GatewayConfig } from '../config';
import { GatewayMetrics } from '../graphql/gateway-metrics';
import { EventHub } from './event-hub';

/** The streams subscriptions are fed from. */
const STREAMS: readonly TopicName[] = [
  'mesh.product-lifecycle.v1',
  'mesh.governance.v1',
  'mesh.provisioning.v1',
  'mesh.quality.v1',
  'mesh.access.v1',
];

/**
 * Reads the mesh's event streams for this gateway instance's subscribers. Each instance is a consumer group of its
 * own starting at the latest offset: every instance sees every event (its subscribers are its own), nothing is
 * shared between instances, and a restarted instance does not replay what its old subscribers already got. The
 * group is deleted at shutdown. An event that cannot be decoded is logged and skipped: subscriptions are live
 * views, and the services that own the events dead-letter them.
 */
@Injectable()
export class MeshEventStream implements OnModuleInit, OnApplicationShutdown {
  private readonly groupId: string;
  private readonly consumer: Consumer;
  private readonly codec: EventCodec;
  private joined = false;

  constructor(
    @Inject(CONFIG) private readonly config: GatewayConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly hub: EventHub,
    private readonly metrics: GatewayMetrics,
    readiness: ReadinessRegistry,
  ) {
    this.groupId = `${config.MESH_TOPIC_PREFIX}gateway.${hostname()}.${process.pid}.${randomUUID().slice(0, 8)}`;
    const kafka = createKafka({ brokers: config.KAFKA_BROKERS, clientId: 'gateway', logger });
    this.consumer = kafka.consumer({ groupId: this.groupId, sessionTimeout: 10_000, heartbeatInterval: 1_000 });
    this.consumer.on(this.consumer.events.GROUP_JOIN, () => (this.joined = true));
    this.codec = new EventCodec(
      new HttpSchemaRegistry(`${config.REGISTRY_URL.replace(/\/+$/, '')}/schema-registry`, {
        token: config.REGISTRY_TOKEN,
      }),
    );
    readiness.register({ name: 'kafka', probe: async () => this.probe() });
  }

  async onModuleInit(): Promise<void> {
    const topic = prefixedTopics(this.config.MESH_TOPIC_PREFIX);
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: STREAMS.map(topic), fromBeginning: false });
    await this.consumer.run({
      eachMessage: async ({ message }) => {
        if (message.value === null) return;
        try {
          const event = await this.codec.decode(message.value);
          this.metrics.eventsReceived.inc({ type: event.type });
          await this.hub.publish(event);
        } catch (error) {
          this.logger.warn({ err: error, offset: message.offset }, 'skipped an event the gateway cannot read');
        }
      },
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.consumer.disconnect();
    const admin = createKafka({ brokers: this.config.KAFKA_BROKERS, clientId: 'gateway' }).admin();
    try {
      await admin.connect();
      await admin.deleteGroups([this.groupId]);
    } catch (error) {
      this.logger.warn({ err: error, groupId: this.groupId }, 'could not delete the consumer group');
    } finally {
      await admin.disconnect();
    }
  }

  private probe(): { groupId: string } {
    if (!this.joined) throw new Error('the event consumer has not joined its group yet');
    return { groupId: this.groupId };
  }
}
