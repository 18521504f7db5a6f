import { createKafka, type KafkaCredentials } from '@mesh/messaging';
import { HttpApi, kafkaRefusal, stack } from '@mesh/testing';
import { createActor, createDomain, type Actor, type ErrorReply } from './support/registry-api';
import { ADMIN_TOKEN, startRegistry, type RegistryUnderTest } from './support/registry-under-test';

interface CredentialsReply {
  username: string;
  password: string;
  mechanism: string;
  bootstrapServers: string[];
  topicPrefixes: string[];
  groupPrefix: string;
}

/**
 * Domain pipelines on Kafka: a principal gets a SCRAM login from the registry, which lets it write its own domain's
 * product topics and nothing else, on the real, secured broker.
 */
describe('Kafka credentials for domain pipelines', () => {
  let registry: RegistryUnderTest;
  let admin: HttpApi;
  let salesPipeline: Actor;
  let financePipeline: Actor;
  let salesOwner: Actor;
  let salesTopic: string;
  let financeTopic: string;

  beforeAll(async () => {
    registry = await startRegistry('kafka-credentials');
    admin = new HttpApi(registry.serviceUrl, ADMIN_TOKEN);
    const sales = await createDomain(admin, 'kc-sales');
    const finance = await createDomain(admin, 'kc-finance');
    salesPipeline = await createActor(admin, [{ role: 'domain-member', domain: sales.name }], 'service');
    financePipeline = await createActor(admin, [{ role: 'domain-member', domain: finance.name }], 'service');
    salesOwner = await createActor(admin, [{ role: 'domain-owner', domain: sales.name }]);
    // Product topics as provisioning names them: <domain>.<product>.v<major>.<port>.
    salesTopic = `${registry.topicPrefix}${sales.name}.orders.v1.order-status-events`;
    financeTopic = `${registry.topicPrefix}${finance.name}.ledger.v1.entries`;
    const kafkaAdmin = createKafka({ brokers: stack.kafkaBrokers(), clientId: 'it-kc', logLevel: 'error' }).admin();
    await kafkaAdmin.connect();
    await kafkaAdmin.createTopics({ topics: [{ topic: salesTopic }, { topic: financeTopic }], waitForLeaders: true });
    await kafkaAdmin.disconnect();
  });

  afterAll(async () => {
    const kafkaAdmin = createKafka({ brokers: stack.kafkaBrokers(), clientId: 'it-kc', logLevel: 'error' }).admin();
    await kafkaAdmin.connect();
    await kafkaAdmin.deleteTopics({ topics: [salesTopic, financeTopic] }).catch(() => undefined);
    await kafkaAdmin.disconnect();
    await registry?.remove();
  });

  const login = (reply: CredentialsReply): KafkaCredentials => ({
    mechanism: 'scram-sha-512',
    username: reply.username,
    password: reply.password,
  });

  async function produce(credentials: KafkaCredentials, topic: string): Promise<string> {
    const producer = createKafka({
      brokers: stack.kafkaBrokers(),
      clientId: 'it-pipeline',
      sasl: credentials,
      logLevel: 'error',
    }).producer({ retry: { retries: 0 } });
    try {
      await producer.connect();
      await producer.send({ topic, messages: [{ key: 'k', value: 'v' }] });
      return 'ok';
    } catch (error) {
      return kafkaRefusal(error);
    } finally {
      await producer.disconnect();
    }
  }

  async function issue(api: HttpApi, principalId: string) {
    return api.post<CredentialsReply & ErrorReply>(`/v1/principals/${principalId}/kafka-credentials`, {});
  }

  it("lets a pipeline write its own domain's product topics and refuses it another domain's and the platform's", async () => {
    const reply = await issue(salesPipeline.api, salesPipeline.id);
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({
      username: salesPipeline.id,
      mechanism: 'SCRAM-SHA-512',
      topicPrefixes: [`${registry.topicPrefix}${salesTopic.slice(registry.topicPrefix.length).split('.')[0]}.`],
      bootstrapServers: stack.kafkaBrokers(),
    });
    const sales = login(reply.body);
    expect(await produce(sales, salesTopic)).toBe('ok');
    expect(await produce(sales, financeTopic)).toBe('TOPIC_AUTHORIZATION_FAILED');
    expect(await produce(sales, `${registry.topicPrefix}mesh.governance.v1`)).toBe('TOPIC_AUTHORIZATION_FAILED');

    const finance = login((await issue(admin, financePipeline.id)).body);
    expect(await produce(finance, financeTopic)).toBe('ok');
    expect(await produce(finance, salesTopic)).toBe('TOPIC_AUTHORIZATION_FAILED');
  });

  it('rotates the password when issued again, and is refused to those who do not manage the principal', async () => {
    const first = login((await issue(salesOwner.api, salesPipeline.id)).body);
    const second = login((await issue(admin, salesPipeline.id)).body);
    expect(await produce(second, salesTopic)).toBe('ok');
    expect(await produce(first, salesTopic)).toBe('SASL_AUTHENTICATION_FAILED');

    const refused = await issue(financePipeline.api, salesPipeline.id);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/domain-owner of domain/);
    expect((await issue(admin, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});
