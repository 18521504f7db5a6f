import { TOPICS, type TopicName } from '@mesh/contracts';
import type { TopicResolver } from './topic-resolver';

/** A topic as the contract wants it, under its physical name. */
export interface TopicSpec {
  name: string;
  partitions: number;
  /** Topic-level configs this layer owns; others on the broker are left alone. */
  config: Readonly<Record<'retention.ms' | 'cleanup.policy', string>>;
}

export interface ExistingTopic {
  name: string;
  partitions: number;
  config: Readonly<Record<string, string>>;
}

export interface TopicPlan {
  create: TopicSpec[];
  reconfigure: TopicSpec[];
  /**
   * Partition counts are reported, never changed: adding partitions moves keys to other
   * partitions, which breaks per-subject ordering for events already in flight.
   */
  partitionDrift: { name: string; expected: number; actual: number }[];
}

export function contractTopicSpecs(resolve: TopicResolver): TopicSpec[] {
  return (Object.keys(TOPICS) as TopicName[]).map((topic) => {
    const spec = TOPICS[topic];
    return {
      name: resolve(topic),
      partitions: spec.partitions,
      config: { 'retention.ms': String(spec.retentionMs), 'cleanup.policy': spec.cleanupPolicy },
    };
  });
}

export function planTopics(desired: readonly TopicSpec[], existing: ReadonlyMap<string, ExistingTopic>): TopicPlan {
  const plan: TopicPlan = { create: [], reconfigure: [], partitionDrift: [] };
  for (const spec of desired) {
    const current = existing.get(spec.name);
    if (current === undefined) {
      plan.create.push(spec);
      continue;
    }
    const differs = Object.entries(spec.config).some(([name, value]) => current.config[name] !== value);
    if (differs) plan.reconfigure.push(spec);
    if (current.partitions !== spec.partitions) {
      plan.partitionDrift.push({ name: spec.name, expected: spec.partitions, actual: current.partitions });
    }
  }
  return plan;
}
