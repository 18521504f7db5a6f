import {
  createKafka,
  deleteScramUser,
  deploymentAcls,
  ensureServiceKafkaUser,
  kafkaCredentialsFromEnvironment,
  type KafkaCredentials,
  type KafkaService,
} from '@mesh/messaging';
import {
  kafkaAdminCredentials,
  kafkaRefusal,
  revokeKafkaRun,
  serviceKafkaEnvironment,
  stack,
  uniqueName,
} from '@mesh/testing';
import { Kafka, logLevel } from 'kafkajs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The bus is the trust boundary: every client logs in (SASL/SCRAM-SHA-512), and the ACLs made from
 * contracts/topics.json let each service write only its own streams and read only those it consumes. These are the
 * forgeries the ACLs exist to stop, tried on the real broker.
 */
describe('Kafka authentication and ACLs', () => {
  const prefix = `${uniqueName('it-kafka-acls')}.`;
  const scratch = mkdtempSync(join(tmpdir(), 'kafka-users-'));

  async function credentialsOf(service: KafkaService): Promise<KafkaCredentials> {
    return kafkaCredentialsFromEnvironment(await serviceKafkaEnvironment(service, prefix))!;
  }

  /** The error kafkajs reports for one produce, or 'ok'. */
  async function produce(sasl: KafkaCredentials, stream: string): Promise<string> {
    const producer = createKafka({
      brokers: stack.kafkaBrokers(),
      clientId: 'it-forger',
      sasl,
      logLevel: 'error',
    }).producer({ retry: { retries: 0 } });
    await producer.connect();
    try {
      await producer.send({ topic: prefix + stream, messages: [{ key: 'urn:mesh:product:sales:orders', value: 'x' }] });
      return 'ok';
    } catch (error) {
      return kafkaRefusal(error);
    } finally {
      await producer.disconnect();
    }
  }

  const pipelineUser = `sales-pipeline-${prefix.slice(0, -1)}`;

  afterAll(async () => {
    await deleteScramUser({ brokers: stack.kafkaBrokers(), credentials: kafkaAdminCredentials() }, pipelineUser);
    await revokeKafkaRun(prefix);
    rmSync(scratch, { recursive: true, force: true });
  });

  it('refuses a governance decision forged by provisioning, and lets provisioning write its own stream', async () => {
    const provisioning = await credentialsOf('provisioning');
    expect(await produce(provisioning, 'mesh.governance.v1')).toBe('TOPIC_AUTHORIZATION_FAILED');
    expect(await produce(provisioning, 'mesh.product-lifecycle.v1')).toBe('TOPIC_AUTHORIZATION_FAILED');
    expect(await produce(provisioning, 'mesh.provisioning.v1')).toBe('ok');
    expect(await produce(provisioning, 'mesh.deadletter.v1')).toBe('ok');
  });

  it('refuses a domain pipeline (a user without platform ACLs) on every platform stream', async () => {
    const pipeline = await ensureServiceKafkaUser(
      { brokers: stack.kafkaBrokers(), admin: kafkaAdminCredentials(), passwordDirectory: scratch },
      pipelineUser,
    );
    for (const stream of ['mesh.governance.v1', 'mesh.product-lifecycle.v1', 'mesh.access.v1', 'mesh.deadletter.v1']) {
      expect(`${stream}: ${await produce(pipeline, stream)}`).toBe(`${stream}: TOPIC_AUTHORIZATION_FAILED`);
    }
  });

  it('lets a service read only the streams it consumes, in its own group', async () => {
    const lineage = await credentialsOf('lineage');
    const read = async (stream: string, group: string): Promise<string> => {
      const consumer = createKafka({
        brokers: stack.kafkaBrokers(),
        clientId: 'it-reader',
        sasl: lineage,
        logLevel: 'error',
      }).consumer({ groupId: prefix + group, retry: { retries: 0 } });
      try {
        await consumer.connect();
        await consumer.subscribe({ topics: [prefix + stream] });
        return 'ok';
      } catch (error) {
        return kafkaRefusal(error);
      } finally {
        await consumer.disconnect();
      }
    };
    expect(await read('mesh.governance.v1', 'lineage')).toBe('TOPIC_AUTHORIZATION_FAILED');
    expect(await read('mesh.product-lifecycle.v1', 'lineage')).toBe('ok');
  });

  it('refuses clients that do not log in, or log in with a wrong password', async () => {
    const anonymous = new Kafka({
      clientId: 'it-anonymous',
      brokers: stack.kafkaBrokers(),
      logLevel: logLevel.NOTHING,
      retry: { retries: 0 },
      connectionTimeout: 3_000,
    });
    const admin = anonymous.admin();
    try {
      // The broker answers ApiVersions before a login, and closes the connection at the first real request.
      await admin.connect();
      await expect(admin.listTopics()).rejects.toThrow();
    } finally {
      await admin.disconnect();
    }
    const search = await credentialsOf('search');
    const impostor = createKafka({
      brokers: stack.kafkaBrokers(),
      clientId: 'it-impostor',
      sasl: { ...search, password: `${search.password}-guessed` },
      logLevel: 'error',
    });
    await expect(impostor.admin().connect()).rejects.toThrow(/SASL SCRAM SHA512 authentication failed/);
  });

  it('derives every binding from the contracts: print how many there are per deployment', () => {
    const acls = deploymentAcls(prefix);
    console.log(`Kafka ACL bindings per deployment: ${acls.length}`);
    expect(
      acls.filter((acl) => acl.principal === 'User:provisioning' && acl.resourceName === `${prefix}mesh.governance.v1`),
    ).toEqual([]);
  });
});
