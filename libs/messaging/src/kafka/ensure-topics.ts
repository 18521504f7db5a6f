import { ConfigResourceTypes, type Admin } from 'kafkajs';
import { contractTopics, type TopicResolver } from './topic-resolver';
import { contractTopicSpecs, planTopics, type ExistingTopic, type TopicPlan, type TopicSpec } from './topic-plan';

export interface EnsureTopicsOptions {
  resolveTopic?: TopicResolver;
  /** -1 takes the broker's default.replication.factor, which is what a single-node stack needs. */
  replicationFactor?: number;
}

export type EnsureTopicsResult = Pick<TopicPlan, 'partitionDrift'> & { created: string[]; reconfigured: string[] };

/**
 * Creates every contract topic that is missing and brings retention and cleanup policy of
 * existing ones back to the contract. Safe to run at every start-up and from several services
 * at once: a topic created concurrently by someone else counts as present.
 */
export async function ensureTopics(admin: Admin, options: EnsureTopicsOptions = {}): Promise<EnsureTopicsResult> {
  const desired = contractTopicSpecs(options.resolveTopic ?? contractTopics);
  const plan = planTopics(desired, await describeExisting(admin, desired));

  if (plan.create.length > 0) {
    await admin.createTopics({
      waitForLeaders: true,
      topics: plan.create.map((spec) => ({
        topic: spec.name,
        numPartitions: spec.partitions,
        replicationFactor: options.replicationFactor ?? -1,
        configEntries: configEntries(spec),
      })),
    });
  }
  if (plan.reconfigure.length > 0) {
    await admin.alterConfigs({
      validateOnly: false,
      resources: plan.reconfigure.map((spec) => ({
        type: ConfigResourceTypes.TOPIC,
        name: spec.name,
        configEntries: configEntries(spec),
      })),
    });
  }
  return {
    created: plan.create.map((spec) => spec.name),
    reconfigured: plan.reconfigure.map((spec) => spec.name),
    partitionDrift: plan.partitionDrift,
  };
}

function configEntries(spec: TopicSpec): { name: string; value: string }[] {
  return Object.entries(spec.config).map(([name, value]) => ({ name, value }));
}

async function describeExisting(admin: Admin, desired: readonly TopicSpec[]): Promise<Map<string, ExistingTopic>> {
  const present = new Set(await admin.listTopics());
  const names = desired.map((spec) => spec.name).filter((name) => present.has(name));
  if (names.length === 0) return new Map();

  const [{ topics }, { resources }] = await Promise.all([
    admin.fetchTopicMetadata({ topics: names }),
    admin.describeConfigs({
      includeSynonyms: false,
      resources: names.map((name) => ({
        type: ConfigResourceTypes.TOPIC,
        name,
        configNames: ['retention.ms', 'cleanup.policy'],
      })),
    }),
  ]);
  const configs = new Map(
    resources.map((resource) => [
      resource.resourceName,
      Object.fromEntries(resource.configEntries.map((entry) => [entry.configName, entry.configValue])),
    ]),
  );
  return new Map(
    topics.map((topic) => [
      topic.name,
      { name: topic.name, partitions: topic.partitions.length, config: configs.get(topic.name) ?? {} },
    ]),
  );
}
