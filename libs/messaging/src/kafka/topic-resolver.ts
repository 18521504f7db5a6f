import type { TopicName } from '@mesh/contracts';

/**
 * Maps a contract topic name to the physical Kafka topic. Production uses the contract names
 * unchanged; tests and shared clusters prefix them so that runs never see each other's messages.
 */
export type TopicResolver = (topic: TopicName) => string;

export const contractTopics: TopicResolver = (topic) => topic;

export function prefixedTopics(prefix: string): TopicResolver {
  return (topic) => `${prefix}${topic}`;
}
