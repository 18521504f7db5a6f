/**
 * What Kafka authentication and authorisation cost: the same paced load (1,000 messages/s, idempotent producer,
 * acks=all) produced and consumed through the local stack's broker (SASL/SCRAM-SHA-512, StandardAuthorizer, a user
 * whose ACLs allow the bench's topics, as every service logs in) and through a second broker of the same build and
 * settings without them, started by this bench on 127.0.0.1:19092 and removed after. Rounds alternate between the
 * two so that a busy moment of the machine falls on both. Prints one JSON document.
 *
 *   node -r @swc-node/register bench/messaging/sasl-cost-bench.ts [--seconds 20] [--rounds 3]
 *
 * Needs the local stack's Kafka (`infra/local/stack up kafka`): its install and its admin password.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { randomBytes, randomUUID } from 'node:crypto';
import { AclOperationTypes, type Kafka } from 'kafkajs';
import {
  createKafka,
  deleteScramUser,
  everyBindingOn,
  grantAcls,
  upsertScramUser,
  type KafkaCredentials,
} from '@mesh/messaging';
import { kafkaAdminCredentials, stack } from '@mesh/testing';
import { latencies, machine, median, round, runBenchmark } from '../support/report';
import { sleep } from './bench-events';

const MESH_HOME = process.env.MESH_HOME ?? resolve(__dirname, '../../.mesh');
const PLAIN_PORT = 19092;
const RATE = 1_000;
const WARM_UP_SECONDS = 3;
const TARGET_RATIO = 1.2;

interface Broker {
  name: 'sasl-acls' | 'plain';
  kafka: Kafka;
  /** Where its topics and consumer groups are named: the secured user's ACLs allow these prefixes only. */
  topicPrefix: string;
  groupPrefix: string;
  /** The broker's JVM, whose CPU time the round reads. */
  pid: number;
}

/** Processor time of a process so far, in milliseconds (utime + stime of /proc/<pid>/stat). */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

function pidOfStackKafka(): number {
  return Number(readFileSync(resolve(MESH_HOME, 'pids', 'kafka.pid'), 'utf8').trim());
}

/** A broker like the stack's (same jars, heap and settings) with a PLAINTEXT listener and no authorizer. */
async function startPlainBroker(home: string): Promise<ChildProcess> {
  rmSync(home, { recursive: true, force: true });
  mkdirSync(home, { recursive: true });
  const config = resolve(home, 'server.properties');
  writeFileSync(
    config,
    [
      'process.roles=broker,controller',
      'node.id=1',
      `controller.quorum.voters=1@127.0.0.1:${PLAIN_PORT + 1}`,
      `listeners=PLAINTEXT://127.0.0.1:${PLAIN_PORT},CONTROLLER://127.0.0.1:${PLAIN_PORT + 1}`,
      `advertised.listeners=PLAINTEXT://127.0.0.1:${PLAIN_PORT}`,
      'controller.listener.names=CONTROLLER',
      'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
      `log.dirs=${resolve(home, 'data')}`,
      'num.partitions=3',
      'auto.create.topics.enable=false',
      'offsets.topic.replication.factor=1',
      'offsets.topic.num.partitions=10',
      'transaction.state.log.replication.factor=1',
      'transaction.state.log.min.isr=1',
      'share.coordinator.state.topic.replication.factor=1',
      'share.coordinator.state.topic.min.isr=1',
      'group.initial.rebalance.delay.ms=0',
    ].join('\n'),
  );
  const java = ['-Xms256m', `-Xmx${process.env.KAFKA_HEAP ?? '512m'}`, '-XX:+UseG1GC', '-Djava.awt.headless=true'];
  const classpath = ['-cp', resolve(MESH_HOME, 'kafka', 'libs', '*')];
  const clusterId = randomBytes(16).toString('base64url').slice(0, 22);
  await new Promise<void>((done, failed) => {
    const format = spawn('java', [
      ...java,
      ...classpath,
      'kafka.tools.StorageTool',
      'format',
      '-t',
      clusterId,
      '-c',
      config,
    ]);
    format.on('exit', (code) => (code === 0 ? done() : failed(new Error(`formatting the plain broker: exit ${code}`))));
  });
  const broker = spawn('java', [...java, ...classpath, 'kafka.Kafka', config], { stdio: 'ignore' });
  const kafka = createKafka({ brokers: [`127.0.0.1:${PLAIN_PORT}`], clientId: 'bench-plain-probe', logLevel: 'error' });
  const deadline = Date.now() + 60_000;
  for (;;) {
    const admin = kafka.admin();
    try {
      await admin.connect();
      await admin.listTopics();
      return broker;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(500);
    } finally {
      await admin.disconnect();
    }
  }
}

/** A SCRAM user allowed the bench's topics and groups, as a service is allowed its streams; `remove` undoes it all. */
async function benchUser(admin: KafkaCredentials): Promise<{ user: KafkaCredentials; remove(): Promise<void> }> {
  const username = `bench-sasl-${randomUUID().slice(0, 8)}`;
  const password = randomBytes(24).toString('base64url');
  const brokers = stack.kafkaBrokers();
  const connection = { brokers, credentials: admin };
  await upsertScramUser(connection, username, password);
  const grants = grantAcls(username, { domain: 'bench', name: username });
  const [topics] = grants;
  const topicOperation = (operation: AclOperationTypes) => ({ ...topics, operation });
  const kafkaAdmin = createKafka({ brokers, clientId: 'bench-sasl-admin', sasl: admin, logLevel: 'error' }).admin();
  await kafkaAdmin.connect();
  try {
    await kafkaAdmin.createAcls({
      acl: [...grants, topicOperation(AclOperationTypes.WRITE), topicOperation(AclOperationTypes.DESCRIBE)],
    });
  } finally {
    await kafkaAdmin.disconnect();
  }
  return {
    user: { mechanism: 'scram-sha-512', username, password },
    remove: async () => {
      await kafkaAdmin.connect();
      try {
        const benchTopics = (await kafkaAdmin.listTopics()).filter((name) => name.startsWith(topics.resourceName));
        if (benchTopics.length > 0) await kafkaAdmin.deleteTopics({ topics: benchTopics });
        await kafkaAdmin.deleteAcls({ filters: grants.map((grant) => everyBindingOn(grant, grant.principal)) });
      } finally {
        await kafkaAdmin.disconnect();
      }
      await deleteScramUser(connection, username);
    },
  };
}

/** One round: `seconds` of paced messages after a warm-up, each timed from its creation to its consumption. */
async function measureRound(broker: Broker, topicAdmin: Kafka, seconds: number) {
  const topic = `${broker.topicPrefix}${randomUUID().slice(0, 8)}`;
  const admin = topicAdmin.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
  await admin.disconnect();

  const samples: number[] = [];
  let measuring = false;
  const consumer = broker.kafka.consumer({ groupId: `${broker.groupPrefix}${randomUUID()}` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const { at, warmUp } = JSON.parse(String(message.value)) as { at: number; warmUp: boolean };
      if (!warmUp && measuring) samples.push(Date.now() - at);
    },
  });
  const producer = broker.kafka.producer({ idempotent: true, maxInFlightRequests: 5 });
  await producer.connect();
  const send = async (warmUp: boolean, count: number, sequence: number) => {
    const messages = Array.from({ length: count }, (_, index) => ({
      key: `p${(sequence + index) % 1_000}`,
      value: JSON.stringify({ at: Date.now(), warmUp, filler: 'x'.repeat(90) }),
    }));
    await producer.send({ topic, acks: -1, messages });
  };
  const paced = async (warmUp: boolean, forSeconds: number) => {
    const started = Date.now();
    let sent = 0;
    const pending = new Set<Promise<void>>();
    while (Date.now() - started < forSeconds * 1000) {
      const due = Math.floor(((Date.now() - started) / 1000) * RATE) - sent;
      if (due > 0) {
        const sending = send(warmUp, due, sent).finally(() => pending.delete(sending));
        pending.add(sending);
        sent += due;
      }
      await sleep(1);
    }
    await Promise.all(pending);
    return sent;
  };
  await paced(true, WARM_UP_SECONDS);
  measuring = true;
  const cpuBefore = { bench: process.cpuUsage(), broker: cpuMsOf(broker.pid) };
  const sent = await paced(false, seconds);
  const deadline = Date.now() + 10_000;
  while (samples.length < sent && Date.now() < deadline) await sleep(20);
  const benchCpu = process.cpuUsage(cpuBefore.bench);
  const brokerCpuMs = cpuMsOf(broker.pid) - cpuBefore.broker;
  await producer.disconnect();
  await consumer.disconnect();
  return {
    broker: broker.name,
    sent,
    received: samples.length,
    ...latencies(samples),
    cpuMicrosPerMessage: {
      producerAndConsumer: round((benchCpu.user + benchCpu.system) / sent, 1),
      broker: round((brokerCpuMs * 1000) / sent, 1),
    },
  };
}

async function main(): Promise<object> {
  const { values } = parseArgs({
    options: { seconds: { type: 'string', default: '20' }, rounds: { type: 'string', default: '3' } },
  });
  const seconds = Number(values.seconds);
  const rounds = Number(values.rounds);
  const admin = kafkaAdminCredentials();
  const plainHome = resolve(MESH_HOME, 'bench', 'kafka-plain');
  const plainProcess = await startPlainBroker(plainHome);
  const bench = await benchUser(admin).catch(async (error: unknown) => {
    await stopPlainBroker(plainProcess, plainHome);
    throw error;
  });
  try {
    const { user } = bench;
    const secured: Broker = {
      name: 'sasl-acls',
      kafka: createKafka({ brokers: stack.kafkaBrokers(), clientId: 'bench-sasl', sasl: user }),
      topicPrefix: `bench.${user.username}.`,
      groupPrefix: `${user.username}.`,
      pid: pidOfStackKafka(),
    };
    const plainKafka = createKafka({
      brokers: [`127.0.0.1:${PLAIN_PORT}`],
      clientId: 'bench-plain',
      logLevel: 'error',
    });
    const plain: Broker = {
      name: 'plain',
      kafka: plainKafka,
      topicPrefix: 'bench.plain.',
      groupPrefix: 'bench.plain.',
      pid: plainProcess.pid ?? 0,
    };
    const securedAdmin = createKafka({ brokers: stack.kafkaBrokers(), clientId: 'bench-sasl-admin', sasl: admin });
    const runs: Awaited<ReturnType<typeof measureRound>>[] = [];
    for (let index = 0; index < rounds; index += 1) {
      for (const broker of index % 2 === 0 ? [plain, secured] : [secured, plain]) {
        const topicAdmin = broker === plain ? plainKafka : securedAdmin;
        runs.push(await measureRound(broker, topicAdmin, seconds));
      }
    }
    const p99Of = (name: Broker['name']) => median(runs.filter((run) => run.broker === name).map((run) => run.p99Ms));
    const ratio = round(p99Of('sasl-acls') / p99Of('plain'), 2);
    return {
      benchmark: 'kafka-authentication-cost',
      machine: machine(),
      ratePerSecond: RATE,
      secondsPerRound: seconds,
      rounds: runs,
      medianP99Ms: { plain: p99Of('plain'), saslAcls: p99Of('sasl-acls') },
      ratio,
      target: { ratio: TARGET_RATIO, met: ratio <= TARGET_RATIO },
    };
  } finally {
    await bench.remove();
    await stopPlainBroker(plainProcess, plainHome);
  }
}

async function stopPlainBroker(broker: ChildProcess, home: string): Promise<void> {
  broker.kill('SIGTERM');
  await new Promise((done) => broker.once('exit', done));
  rmSync(home, { recursive: true, force: true });
}

runBenchmark('kafka authentication cost', main);
