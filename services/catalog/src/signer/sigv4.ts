import { SignatureV4 } from '@smithy/signature-v4';
import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';

/** SHA-256 (or its HMAC with a key) in the shape SignatureV4 asks for, on node's crypto. */
class NodeSha256 {
  private readonly hash: Hash | Hmac;

  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(secret));
  }

  update(data: string | ArrayBuffer | ArrayBufferView): void {
    this.hash.update(bytes(data));
  }

  digest(): Promise<Uint8Array> {
    return Promise.resolve(this.hash.digest());
  }
}

function bytes(data: string | ArrayBuffer | ArrayBufferView): string | Uint8Array {
  if (typeof data === 'string') return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

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

/**
 * The client will send the body, which the catalog never sees: its hash cannot be signed, so the request says
 * UNSIGNED-PAYLOAD unless the client hashed it itself.
 */
const CONTENT_SHA256 = 'x-amz-content-sha256';

/**
 * Signs a request with the store's keys (AWS Signature Version 4, service `s3`) and answers every header the client
 * must send: its own, `host`, `x-amz-date`, `x-amz-content-sha256` and `authorization`. Signers are kept per region.
 */
export class SigV4Signer {
  private readonly signers = new Map<string, SignatureV4>();

  constructor(private readonly credentials: StoreCredentials) {}

  async sign(request: RequestToSign, signingDate = new Date()): Promise<Record<string, string[]>> {
    const headers: Record<string, string> = {};
    for (const [name, values] of Object.entries(request.headers)) {
      const lower = name.toLowerCase();
      // A signature or date from an earlier attempt must not survive into this one.
      if (lower === 'authorization' || lower === 'x-amz-date') continue;
      headers[lower] = values.join(',');
    }
    headers.host = request.url.host;
    headers[CONTENT_SHA256] ??= 'UNSIGNED-PAYLOAD';
    const query: Record<string, string | string[]> = {};
    for (const [name, value] of request.url.searchParams) {
      const previous = query[name];
      query[name] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
    }
    const signed = await this.signer(request.region).sign(
      {
        method: request.method,
        protocol: request.url.protocol,
        hostname: request.url.hostname,
        port: request.url.port === '' ? undefined : Number(request.url.port),
        // S3 signs the path as sent, already percent-encoded, and does not encode it a second time.
        path: request.url.pathname,
        query,
        headers,
      },
      { signingDate },
    );
    return Object.fromEntries(Object.entries(signed.headers).map(([name, value]) => [name, [value]]));
  }

  private signer(region: string): SignatureV4 {
    let signer = this.signers.get(region);
    if (signer === undefined) {
      signer = new SignatureV4({
        service: 's3',
        region,
        credentials: this.credentials,
        sha256: NodeSha256,
        uriEscapePath: false,
        applyChecksum: false,
      });
      this.signers.set(region, signer);
    }
    return signer;
  }
}
