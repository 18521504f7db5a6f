import { randomBytes } from 'node:crypto';
import { WireConnection, WireWriter } from './kafka-wire';
import { authenticate, saltedPassword, type KafkaCredentials } from './sasl-authentication';

const ALTER_USER_SCRAM_CREDENTIALS = 51;
/** Kafka's code for SCRAM-SHA-512 in AlterUserScramCredentials. */
const SCRAM_SHA_512 = 2;
/** Kafka's minimum is 4096; more only slows every login down. */
const ITERATIONS = 8192;

export interface ScramAdminConnection {
  brokers: readonly string[];
  /** A principal allowed to alter the cluster (ALTER on CLUSTER), e.g. the broker's static admin. */
  credentials: KafkaCredentials;
}

/**
 * Sets (or replaces) a user's SCRAM-SHA-512 password on the cluster, and returns once the broker takes the login.
 * kafkajs has no AlterUserScramCredentials, so this speaks it (version 0) on a connection of its own. The salted
 * password leaves this process, never the password.
 */
export async function upsertScramUser(admin: ScramAdminConnection, username: string, password: string): Promise<void> {
  const salt = randomBytes(32);
  const body = new WireWriter()
    .compactArray([], () => undefined)
    .compactArray([username], (writer, name) =>
      writer
        .compactString(name)
        .int8(SCRAM_SHA_512)
        .int32(ITERATIONS)
        .compactBytes(salt)
        .compactBytes(saltedPassword(password, salt, ITERATIONS))
        .noTaggedFields(),
    )
    .noTaggedFields()
    .build();
  await alterScramCredentials(admin, body);
  await untilLoginWorks(admin.brokers[0], { mechanism: 'scram-sha-512', username, password });
}

/** The broker applies a new credential from its metadata log a moment after the controller took it. */
async function untilLoginWorks(broker: string, credentials: KafkaCredentials, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const connection = await WireConnection.open(broker, 'mesh-scram-admin');
    try {
      await authenticate(connection, credentials);
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    } finally {
      connection.close();
    }
    await new Promise((wait) => setTimeout(wait, 200));
  }
}

/** Removes a user's SCRAM-SHA-512 credential: the user can no longer log in (connections already open stay). */
export async function deleteScramUser(admin: ScramAdminConnection, username: string): Promise<void> {
  const body = new WireWriter()
    .compactArray([username], (writer, name) => writer.compactString(name).int8(SCRAM_SHA_512).noTaggedFields())
    .compactArray([], () => undefined)
    .noTaggedFields()
    .build();
  await alterScramCredentials(admin, body, ['RESOURCE_NOT_FOUND']);
}

/** Kafka's error codes this module names; others are reported by number. */
const ERRORS: Record<number, string> = {
  31: 'CLUSTER_AUTHORIZATION_FAILED',
  91: 'RESOURCE_NOT_FOUND',
  93: 'UNACCEPTABLE_CREDENTIAL',
  94: 'UNSUPPORTED_SASL_MECHANISM',
};

async function alterScramCredentials(
  admin: ScramAdminConnection,
  body: Buffer,
  tolerated: readonly string[] = [],
): Promise<void> {
  const connection = await WireConnection.open(admin.brokers[0], 'mesh-scram-admin');
  try {
    await authenticate(connection, admin.credentials);
    const reply = await connection.send({ apiKey: ALTER_USER_SCRAM_CREDENTIALS, apiVersion: 0, flexible: true, body });
    reply.int32(); // throttle time
    const results = reply.compactArray((reader) => {
      const user = reader.compactNullableString();
      const code = reader.int16();
      const message = reader.compactNullableString();
      reader.skipTaggedFields();
      return { user, code, message };
    });
    for (const { user, code, message } of results) {
      const name = ERRORS[code] ?? `error ${code}`;
      if (code !== 0 && !tolerated.includes(name)) {
        throw new Error(`Kafka refused the SCRAM credential of '${user}': ${name}${message ? ` (${message})` : ''}`);
      }
    }
  } finally {
    connection.close();
  }
}
