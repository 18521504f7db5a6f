import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';
import { WireWriter, type WireConnection } from './kafka-wire';

const SASL_HANDSHAKE = 17;
const SASL_AUTHENTICATE = 36;

/** The credentials of a Kafka client: SCRAM-SHA-512 for every principal, PLAIN for the broker's static admin. */
export interface KafkaCredentials {
  mechanism: 'scram-sha-512' | 'plain';
  username: string;
  password: string;
}

/** SCRAM-SHA-512 as Kafka stores it: PBKDF2-HMAC-SHA-512 (RFC 5802's Hi) with the iterations and salt given. */
export function saltedPassword(password: string, salt: Buffer, iterations: number): Buffer {
  return pbkdf2Sync(password, salt, iterations, 64, 'sha512');
}

/** Authenticates a fresh connection (SaslHandshake v1, then SaslAuthenticate v1 exchanges); throws naming the user. */
export async function authenticate(connection: WireConnection, credentials: KafkaCredentials): Promise<void> {
  const mechanism = credentials.mechanism.toUpperCase();
  const handshake = await connection.send({
    apiKey: SASL_HANDSHAKE,
    apiVersion: 1,
    flexible: false,
    body: new WireWriter().string(mechanism).build(),
  });
  if (handshake.int16() !== 0) throw new Error(`the Kafka broker does not offer SASL ${mechanism}`);
  const exchange = (bytes: Buffer) => saslAuthenticate(connection, credentials.username, bytes);
  if (credentials.mechanism === 'plain') {
    await exchange(Buffer.from(`\0${credentials.username}\0${credentials.password}`, 'utf8'));
    return;
  }
  await scramSha512(exchange, credentials);
}

async function saslAuthenticate(connection: WireConnection, username: string, bytes: Buffer): Promise<Buffer> {
  const reply = await connection.send({
    apiKey: SASL_AUTHENTICATE,
    apiVersion: 1,
    flexible: false,
    body: new WireWriter().bytes(bytes).build(),
  });
  const errorCode = reply.int16();
  const message = reply.nullableString();
  const answer = reply.bytes();
  if (errorCode !== 0) throw new Error(`Kafka refused '${username}': ${message ?? `error ${errorCode}`}`);
  return answer;
}

/** RFC 5802 client side, with the server's signature checked so that a broker without the credential is caught. */
async function scramSha512(
  exchange: (bytes: Buffer) => Promise<Buffer>,
  { username, password }: KafkaCredentials,
): Promise<void> {
  const clientNonce = randomBytes(24).toString('base64');
  const clientFirstBare = `n=${username.replace(/=/g, '=3D').replace(/,/g, '=2C')},r=${clientNonce}`;
  const serverFirst = (await exchange(Buffer.from(`n,,${clientFirstBare}`, 'utf8'))).toString('utf8');
  const fields = new Map(serverFirst.split(',').map((field) => [field.slice(0, 1), field.slice(2)]));
  const nonce = fields.get('r') ?? '';
  if (!nonce.startsWith(clientNonce)) throw new Error('the Kafka broker answered SCRAM with a foreign nonce');
  const salted = saltedPassword(password, Buffer.from(fields.get('s') ?? '', 'base64'), Number(fields.get('i')));
  const hmac = (key: Buffer, text: string) => createHmac('sha512', key).update(text, 'utf8').digest();
  const clientKey = hmac(salted, 'Client Key');
  const storedKey = createHash('sha512').update(clientKey).digest();
  const withoutProof = `c=biws,r=${nonce}`;
  const authMessage = `${clientFirstBare},${serverFirst},${withoutProof}`;
  const signature = hmac(storedKey, authMessage);
  const proof = Buffer.from(clientKey.map((byte, index) => byte ^ signature[index]));
  const serverFinal = (await exchange(Buffer.from(`${withoutProof},p=${proof.toString('base64')}`, 'utf8'))).toString();
  const expected = hmac(hmac(salted, 'Server Key'), authMessage);
  const given = Buffer.from(serverFinal.replace(/^v=/, ''), 'base64');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new Error("the Kafka broker's SCRAM signature does not match");
  }
}
