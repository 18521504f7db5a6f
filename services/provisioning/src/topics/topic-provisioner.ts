import type { CleanupPolicy, KafkaSettings } from '@mesh/descriptor';
import type { Admin, ITopicConfig } from 'kafkajs';

/** The platform's settings for what a port's `kafka` leaves out: those of the platform's own event topics. */
export const TOPIC_DEFAULTS = { partitions: 3, retentionMs: 604_800_000, cleanupPolicy: 'delete' } as const;

export interface TopicPlan {
  /** The physical name, MESH_TOPIC_PREFIX included. */
  topic: string;
  partitions: number;
  retentionMs: number;
  cleanupPolicy: CleanupPolicy;
}

export type TopicOutcome = 'created' | 'evolved' | 'unchanged';

/** A topic that exists in a shape the port cannot take: more partitions than it wants, another cleanup policy. */
export class TopicConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TopicConflictError';
  }
}

export function topicPlan(topic: string, settings: KafkaSettings | undefined): TopicPlan {
  return {
    topic,
    partitions: settings?.partitions ?? TOPIC_DEFAULTS.partitions,
    retentionMs: settings?.retentionMs ?? TOPIC_DEFAULTS.retentionMs,
    cleanupPolicy: settings?.cleanupPolicy ?? TOPIC_DEFAULTS.cleanupPolicy,
  };
}

/**
 * Makes a port's topic match its settings: creates it, or brings an existing one (an earlier minor version's, or
 * one an interrupted run created) up to them the ways Kafka allows and the contract's minor changes need: more
 * partitions, a longer retention. Anything else is a conflict for an operator.
 */
export class TopicProvisioner {
  constructor(private readonly admin: () => Promise<Admin>) {}

  async provision(plan: TopicPlan): Promise<TopicOutcome> {
    const admin = await this.admin();
    const config: ITopicConfig = {
      topic: plan.topic,
      numPartitions: plan.partitions,
      configEntries: [
        { name: 'retention.ms', value: String(plan.retentionMs) },
        { name: 'cleanup.policy', value: plan.cleanupPolicy },
      ],
    };
    if (await admin.createTopics({ topics: [config], waitForLeaders: true })) return 'created';
    return this.evolve(admin, plan);
  }

  /** Deletes the topic; nothing when it does not exist. */
  async remove(topic: string): Promise<void> {
    const admin = await this.admin();
    if (!(await admin.listTopics()).includes(topic)) return;
    await admin.deleteTopics({ topics: [topic] });
  }

  private async evolve(admin: Admin, plan: TopicPlan): Promise<TopicOutcome> {
    const [metadata] = (await admin.fetchTopicMetadata({ topics: [plan.topic] })).topics;
    const partitions = metadata.partitions.length;
    if (partitions > plan.partitions) {
      throw new TopicConflictError(
        `topic ${plan.topic} has ${partitions} partitions; the port wants ${plan.partitions}, and Kafka cannot remove partitions`,
      );
    }
    const described = await admin.describeConfigs({
      resources: [{ type: 2, name: plan.topic, configNames: ['retention.ms', 'cleanup.policy'] }],
      includeSynonyms: false,
    });
    const entries = described.resources[0]?.configEntries ?? [];
    const valueOf = (name: string) => entries.find((entry) => entry.configName === name)?.configValue;
    const cleanupPolicy = valueOf('cleanup.policy');
    if (cleanupPolicy !== undefined && normalisePolicy(cleanupPolicy) !== normalisePolicy(plan.cleanupPolicy)) {
      throw new TopicConflictError(
        `topic ${plan.topic} has cleanup policy '${cleanupPolicy}'; the port wants '${plan.cleanupPolicy}'`,
      );
    }
    let changed = false;
    if (partitions < plan.partitions) {
      await admin.createPartitions({ topicPartitions: [{ topic: plan.topic, count: plan.partitions }] });
      changed = true;
    }
    if (valueOf('retention.ms') !== String(plan.retentionMs)) {
      await admin.alterConfigs({
        validateOnly: false,
        resources: [
          { type: 2, name: plan.topic, configEntries: [{ name: 'retention.ms', value: String(plan.retentionMs) }] },
        ],
      });
      changed = true;
    }
    return changed ? 'evolved' : 'unchanged';
  }
}

/** `compact,delete` and `delete,compact` are the same policy. */
function normalisePolicy(policy: string): string {
  return policy
    .split(',')
    .map((part) => part.trim())
    .sort()
    .join(',');
}
