import { randomBytes } from 'node:crypto';
import { AclOperationTypes, AclPermissionTypes, AclResourceTypes, ResourcePatternTypes } from 'kafkajs';
import { createKafka } from '../kafka-connection';
import { everyBindingOn, pipelineAcls } from './mesh-acls';
import type { KafkaCredentials } from './sasl-authentication';
import { upsertScramUser } from './scram-credentials';

export interface PipelineCredentials {
  username: string;
  password: string;
  mechanism: 'SCRAM-SHA-512';
  /** The topic prefixes the user may write and read: one per domain it belongs to. */
  topicPrefixes: string[];
  /** Consumer groups the user may join start with this. */
  groupPrefix: string;
}

/**
 * Gives a domain pipeline a Kafka login: a SCRAM user with a new password (any earlier one stops working) and ACLs
 * for exactly its domains' topics; those of domains it no longer belongs to are removed, those its grants gave stay.
 * `admin` must hold ALTER on the cluster.
 */
export async function issuePipelineCredentials(
  connection: { brokers: readonly string[]; admin: KafkaCredentials; topicPrefix: string },
  username: string,
  domains: readonly string[],
): Promise<PipelineCredentials> {
  const password = randomBytes(24).toString('base64url');
  await upsertScramUser({ brokers: connection.brokers, credentials: connection.admin }, username, password);
  const admin = createKafka({
    brokers: connection.brokers,
    clientId: 'mesh-pipeline-credentials',
    sasl: connection.admin,
  }).admin();
  await admin.connect();
  try {
    // The domains it had: the prefixes it may write. Grants' bindings (read on one product's topics) stay.
    const principal = `User:${username}`;
    const { resources } = await admin.describeAcls({
      resourceType: AclResourceTypes.TOPIC,
      resourcePatternType: ResourcePatternTypes.PREFIXED,
      principal,
      operation: AclOperationTypes.WRITE,
      permissionType: AclPermissionTypes.ALLOW,
    });
    if (resources.length > 0) {
      await admin.deleteAcls({
        filters: resources.map((resource) => everyBindingOn(resource, principal)),
      });
    }
    await admin.createAcls({ acl: pipelineAcls(username, domains, connection.topicPrefix) });
  } finally {
    await admin.disconnect();
  }
  return {
    username,
    password,
    mechanism: 'SCRAM-SHA-512',
    topicPrefixes: domains.map((domain) => `${connection.topicPrefix}${domain}.`),
    groupPrefix: `${username}.`,
  };
}
