// @mesh/contracts: the event contracts of contracts/ as TypeScript, and the codec that puts them on Kafka.
export * from './generated/types';
export { EVENT_TYPES, isEventType } from './generated/events';
export { TOPICS, topicOf, type TopicConfig, type TopicName } from './generated/topics';
export { causedBy, newEvent, type EventEnvelope, type MeshEvent, type NewEventFields } from './envelope';
export { schemaOf, subjectNameOf } from './event-schemas';
export { SchemaNotFoundError, type SchemaRegistry } from './schema-registry';
export { HttpSchemaRegistry, SchemaRegistryError, type HttpSchemaRegistryOptions } from './http-schema-registry';
export { EventCodec } from './event-codec';
export { EventDecodeError, type EventDecodeFailure } from './event-decode-error';
export { domainUrn, productOfUrn, productUrn, type ProductKey } from './product-urn';
