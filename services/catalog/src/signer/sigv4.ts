import { createHash, createHmac } from 'node:crypto';

export interface StoreCredentials {
  accessKeyId: string;
  secretAccessKey: string;
}

/** A request as the client will send it, and the headers it sends. */
export interface RequestToSign {
  method: string;
  url: URL;
  region: string;
  headers: Record<string, string[]>;
}

const ALGORITHM = 'AWS4-HMAC-SHA256';

/**
 * The client will send the body, which the catalog never sees: its hash cannot be signed, so the request says
 * UNSIGNED-PAYLOAD unless the client hashed it itself.
 */
const CONTENT_SHA256 = 'x-amz-content-sha256';

/**
 * Headers left out of the signature, as AWS's SDKs leave them out: hop-by-hop ones, and those that proxies and HTTP
 * clients add or rewrite on the way (a signed one changed would void the signature). They are still answered.
 */
const UNSIGNED = new Set([
  'authorization',
  'cache-control',
  'connection',
  'expect',
  'from',
  'keep-alive',
  'max-forwards',
  'pragma',
  'referer',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'user-agent',
  'x-amzn-trace-id',
]);
const signable = (name: string) => !UNSIGNED.has(name) && !name.startsWith('proxy-') && !name.startsWith('sec-');

/** Signing keys kept, one per day and region; days pass, so the oldest go. */
const SIGNING_KEYS = 16;

/**
 * Signs a request with the store's keys (AWS Signature Version 4, service `s3`, as the S3 API documents it) and
 * answers every header the client must send: its own, `host`, `x-amz-date`, `x-amz-content-sha256` and
 * `authorization`. A signature is two SHA-256s on node's crypto, synchronously: the signing key, four HMACs of the
 * secret, changes only with the day and the region, and is kept.
 */
export class SigV4Signer {
  private readonly signingKeys = new Map<string, Buffer>();

  constructor(private readonly credentials: StoreCredentials) {}

  sign(request: RequestToSign, signingDate = new Date()): Record<string, string[]> {
    const headers: Record<string, string> = {};
    for (const [name, values] of Object.entries(request.headers)) {
      const lower = name.toLowerCase();
      // A signature or date from an earlier attempt must not survive into this one.
      if (lower === 'authorization' || lower === 'x-amz-date') continue;
      headers[lower] = values.join(',');
    }
    headers.host = request.url.host;
    headers[CONTENT_SHA256] ??= 'UNSIGNED-PAYLOAD';
    // 2013-05-24T00:00:00.000Z → 20130524T000000Z
    const date = signingDate.toISOString().replace(/[-:]|\.\d{3}/g, '');
    headers['x-amz-date'] = date;

    const scope = `${date.slice(0, 8)}/${request.region}/s3/aws4_request`;
    const signed = Object.keys(headers).filter(signable).sort();
    const canonicalRequest = [
      request.method,
      // S3 signs the path as sent, already percent-encoded, and does not encode it a second time.
      request.url.pathname,
      canonicalQuery(request.url.searchParams),
      ...signed.map((name) => `${name}:${headers[name].replace(/\s+/g, ' ').trim()}`),
      '',
      signed.join(';'),
      headers[CONTENT_SHA256],
    ].join('\n');
    const stringToSign = [ALGORITHM, date, scope, createHash('sha256').update(canonicalRequest).digest('hex')].join(
      '\n',
    );
    const signature = hmac(this.signingKey(scope), stringToSign).toString('hex');
    headers.authorization =
      `${ALGORITHM} Credential=${this.credentials.accessKeyId}/${scope}, ` +
      `SignedHeaders=${signed.join(';')}, Signature=${signature}`;
    return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, [value]]));
  }

  /** The key of a scope (`<day>/<region>/s3/aws4_request`): the secret HMACed with each of its parts in turn. */
  private signingKey(scope: string): Buffer {
    let key = this.signingKeys.get(scope);
    if (key === undefined) {
      const [day, region, service, terminator] = scope.split('/');
      key = hmac(hmac(hmac(hmac(`AWS4${this.credentials.secretAccessKey}`, day), region), service), terminator);
      if (this.signingKeys.size >= SIGNING_KEYS) this.signingKeys.clear();
      this.signingKeys.set(scope, key);
    }
    return key;
  }
}

const hmac = (key: Buffer | string, data: string): Buffer => createHmac('sha256', key).update(data).digest();

/** The query's pairs, each part encoded as RFC 3986 says (every character but A–Z a–z 0–9 - _ . ~), in order. */
function canonicalQuery(query: URLSearchParams): string {
  return [...query]
    .map(([name, value]) => [encode(name), encode(value)])
    .sort(([nameA, valueA], [nameB, valueB]) => (nameA === nameB ? compare(valueA, valueB) : compare(nameA, nameB)))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}

const encode = (text: string) =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** By code unit, as AWS sorts (not by locale). */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
