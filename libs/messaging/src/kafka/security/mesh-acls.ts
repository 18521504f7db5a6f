import { TOPICS, topicOf, type EventType, type TopicName } from '@mesh/contracts';
import { PLATFORM_SERVICES } from '@mesh/platform';
import {
  AclOperationTypes,
  AclPermissionTypes,
  AclResourceTypes,
  ResourcePatternTypes,
  type AclEntry,
  type AclFilter,
  type Admin,
} from 'kafkajs';

/** The platform's services that talk to Kafka, each logging in as the SCRAM user of its own name. */
export const KAFKA_SERVICES = ['registry', ...PLATFORM_SERVICES] as const;
export type KafkaService = (typeof KAFKA_SERVICES)[number];

export function isKafkaService(name: string): name is KafkaService {
  return (KAFKA_SERVICES as readonly string[]).includes(name);
}

/** A filter matching every binding on one resource pattern (of one principal, when given), whatever it allows. */
export function everyBindingOn(
  resource: Pick<AclEntry, 'resourceType' | 'resourceName' | 'resourcePatternType'>,
  principal?: string,
): AclFilter {
  return {
    resourceType: resource.resourceType,
    resourceName: resource.resourceName,
    resourcePatternType: resource.resourcePatternType,
    principal,
    operation: AclOperationTypes.ANY,
    permissionType: AclPermissionTypes.ANY,
  };
}

const CLUSTER = 'kafka-cluster';

function allow(
  service: KafkaService,
  resourceType: AclResourceTypes,
  resourceName: string,
  operation: AclOperationTypes,
  resourcePatternType = ResourcePatternTypes.LITERAL,
): AclEntry {
  return {
    principal: `User:${service}`,
    host: '*',
    permissionType: AclPermissionTypes.ALLOW,
    resourceType,
    resourceName,
    resourcePatternType,
    operation,
  };
}

/**
 * What each service may do on the platform's own streams of one deployment (its topic prefix), from
 * `contracts/topics.json`: write the topics it produces (and the dead-letter topic, which every consumer produces),
 * read those it consumes in its own consumer group. WRITE and READ imply DESCRIBE; nothing else is allowed, so a
 * service cannot forge another's events.
 */
export function deploymentAcls(prefix: string): AclEntry[] {
  const acls: AclEntry[] = [];
  for (const [topic, config] of Object.entries(TOPICS) as [TopicName, (typeof TOPICS)[TopicName]][]) {
    for (const service of KAFKA_SERVICES) {
      if (config.producers.includes(service))
        acls.push(allow(service, AclResourceTypes.TOPIC, prefix + topic, AclOperationTypes.WRITE));
      if (config.consumers.includes(service))
        acls.push(allow(service, AclResourceTypes.TOPIC, prefix + topic, AclOperationTypes.READ));
      // The gateway's status page reads every stream's end offsets and every group's lag.
      if (service === 'gateway')
        acls.push(allow(service, AclResourceTypes.TOPIC, prefix + topic, AclOperationTypes.DESCRIBE));
    }
  }
  for (const service of KAFKA_SERVICES) {
    if (service === 'gateway') continue;
    acls.push(allow(service, AclResourceTypes.GROUP, prefix + service, AclOperationTypes.READ));
    acls.push(allow('gateway', AclResourceTypes.GROUP, prefix + service, AclOperationTypes.DESCRIBE));
  }
  // Each gateway instance reads in a group of its own (`gateway.<host>.<pid>…`) and deletes it when it stops.
  const gatewayGroups = `${prefix}gateway.`;
  acls.push(
    allow('gateway', AclResourceTypes.GROUP, gatewayGroups, AclOperationTypes.READ, ResourcePatternTypes.PREFIXED),
  );
  acls.push(
    allow('gateway', AclResourceTypes.GROUP, gatewayGroups, AclOperationTypes.DELETE, ResourcePatternTypes.PREFIXED),
  );
  // Provisioning manages products' topics (any name) but never the platform's own streams.
  for (const operation of PRODUCT_TOPIC_OPERATIONS) {
    acls.push({
      ...allow('provisioning', AclResourceTypes.TOPIC, `${prefix}mesh.`, operation, ResourcePatternTypes.PREFIXED),
      permissionType: AclPermissionTypes.DENY,
    });
  }
  return acls;
}

/** What provisioning does to a product's topic: create it, bring its settings and partitions to the port's, drop it. */
const PRODUCT_TOPIC_OPERATIONS = [
  AclOperationTypes.CREATE,
  AclOperationTypes.DESCRIBE_CONFIGS,
  AclOperationTypes.ALTER_CONFIGS,
  AclOperationTypes.ALTER,
  AclOperationTypes.DELETE,
] as const;

/**
 * Rights that do not depend on a deployment: provisioning creates product topics, whatever their names, and applies
 * grants as ACLs; the registry makes domain pipelines' Kafka users and their ACLs (both need ALTER on the cluster).
 */
export function clusterAcls(): AclEntry[] {
  return [
    allow('registry', AclResourceTypes.CLUSTER, CLUSTER, AclOperationTypes.ALTER),
    allow('provisioning', AclResourceTypes.CLUSTER, CLUSTER, AclOperationTypes.CREATE),
    allow('provisioning', AclResourceTypes.CLUSTER, CLUSTER, AclOperationTypes.ALTER),
    ...PRODUCT_TOPIC_OPERATIONS.map((operation) => allow('provisioning', AclResourceTypes.TOPIC, '*', operation)),
    allow('provisioning', AclResourceTypes.TOPIC, '*', AclOperationTypes.DESCRIBE),
  ];
}

/** Creates the ACLs of a deployment and the cluster's; creating a binding that exists is a no-op in Kafka. */
export async function grantMeshAcls(admin: Admin, prefix: string): Promise<number> {
  const acl = [...clusterAcls(), ...deploymentAcls(prefix)];
  await admin.createAcls({ acl });
  return acl.length;
}

/** Removes every binding on a deployment's resources (a test run's, when it ends); the cluster's stay. */
export async function revokeMeshAcls(admin: Admin, prefix: string): Promise<void> {
  const resources = new Map<string, AclFilter>();
  for (const acl of deploymentAcls(prefix)) {
    resources.set(`${acl.resourceType}/${acl.resourcePatternType}/${acl.resourceName}`, everyBindingOn(acl));
  }
  await admin.deleteAcls({ filters: [...resources.values()] });
}

/**
 * Fails at start, naming the stream, when a platform service subscribes to events that `contracts/topics.json` does
 * not let it read: its ACLs would refuse the consumer later, with a less helpful error.
 */
export function assertMayConsume(service: string, events: readonly EventType[]): void {
  if (!isKafkaService(service)) return;
  const refused = [...new Set(events.map(topicOf))].filter((topic) => !TOPICS[topic].consumers.includes(service));
  if (refused.length > 0) {
    throw new Error(`contracts/topics.json does not list ${service} among the consumers of ${refused.join(', ')}`);
  }
}

/**
 * What a domain pipeline's Kafka user may do: write and read the topics of its domains' products (named
 * `<domain>.<product>.v<major>.<port>`, so one prefix per domain covers every product, present and future), and read in
 * consumer groups named after itself (`<user>.…`). Nothing on the platform's own streams. Topic names carry the
 * deployment's prefix, as provisioning names them.
 */
export function pipelineAcls(username: string, domains: readonly string[], topicPrefix = ''): AclEntry[] {
  const entry = prefixedAllow(username);
  return [
    ...domains.flatMap((domain) => [
      entry(AclResourceTypes.TOPIC, `${topicPrefix}${domain}.`, AclOperationTypes.WRITE),
      entry(AclResourceTypes.TOPIC, `${topicPrefix}${domain}.`, AclOperationTypes.READ),
    ]),
    entry(AclResourceTypes.GROUP, `${username}.`, AclOperationTypes.READ),
  ];
}

/** An ALLOW binding of a user on every resource whose name starts with a prefix. */
function prefixedAllow(username: string) {
  return (resourceType: AclResourceTypes, resourceName: string, operation: AclOperationTypes): AclEntry => ({
    principal: `User:${username}`,
    host: '*',
    permissionType: AclPermissionTypes.ALLOW,
    resourceType,
    resourceName,
    resourcePatternType: ResourcePatternTypes.PREFIXED,
    operation,
  });
}

/**
 * What a grant on a product gives its holder's pipeline on Kafka: read the product's topics (every port and major:
 * `<domain>.<product>.…`) in consumer groups named after itself. The catalog applies the same grant to its tables.
 */
export function grantAcls(username: string, product: { domain: string; name: string }, topicPrefix = ''): AclEntry[] {
  const entry = prefixedAllow(username);
  return [
    entry(AclResourceTypes.TOPIC, `${topicPrefix}${product.domain}.${product.name}.`, AclOperationTypes.READ),
    entry(AclResourceTypes.GROUP, `${username}.`, AclOperationTypes.READ),
  ];
}
