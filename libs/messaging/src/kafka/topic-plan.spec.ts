import { TOPICS } from '@mesh/contracts';
import { contractTopicSpecs, planTopics, type ExistingTopic } from './topic-plan';
import { prefixedTopics } from './topic-resolver';

describe('topic plan', () => {
  const desired = contractTopicSpecs(prefixedTopics('t1.'));

  it('derives every contract topic with its partitions, retention and cleanup policy', () => {
    expect(desired.map((spec) => spec.name)).toEqual(Object.keys(TOPICS).map((name) => `t1.${name}`));
    const deadLetters = desired.find((spec) => spec.name === 't1.mesh.deadletter.v1');
    expect(deadLetters).toEqual({
      name: 't1.mesh.deadletter.v1',
      partitions: TOPICS['mesh.deadletter.v1'].partitions,
      config: {
        'retention.ms': String(TOPICS['mesh.deadletter.v1'].retentionMs),
        'cleanup.policy': TOPICS['mesh.deadletter.v1'].cleanupPolicy,
      },
    });
  });

  it('creates only what is missing and reconfigures only what differs', () => {
    const [first, second, third] = desired;
    const existing = new Map<string, ExistingTopic>([
      [
        first.name,
        { name: first.name, partitions: first.partitions, config: { ...first.config, 'segment.ms': '1000' } },
      ],
      [
        second.name,
        { name: second.name, partitions: second.partitions, config: { ...second.config, 'retention.ms': '1' } },
      ],
    ]);

    const plan = planTopics([first, second, third], existing);

    expect(plan.create.map((spec) => spec.name)).toEqual([third.name]);
    expect(plan.reconfigure.map((spec) => spec.name)).toEqual([second.name]);
    expect(plan.partitionDrift).toEqual([]);
  });

  it('reports a partition count that differs instead of changing it', () => {
    const [first] = desired;
    const existing = new Map([
      [first.name, { name: first.name, partitions: first.partitions + 3, config: first.config }],
    ]);

    expect(planTopics([first], existing).partitionDrift).toEqual([
      { name: first.name, expected: first.partitions, actual: first.partitions + 3 },
    ]);
  });
});
