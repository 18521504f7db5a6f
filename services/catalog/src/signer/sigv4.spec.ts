import { SignatureV4 } from '@smithy/signature-v4';
import { createHash, createHmac } from 'node:crypto';
import { SigV4Signer, type RequestToSign } from './sigv4';

type Source = string | ArrayBuffer | ArrayBufferView;
const bytes = (data: Source): string | Uint8Array =>
  typeof data === 'string'
    ? data
    : data instanceof ArrayBuffer
      ? new Uint8Array(data)
      : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);

describe('SigV4Signer', () => {
  // The credentials of AWS's worked examples (Signature Version 4, "Examples: Signature Calculations").
  const credentials = {
    accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
    secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  };
  const signer = new SigV4Signer(credentials);
  const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
  const example = new Date('2013-05-24T00:00:00Z');
  const signatureOf = (headers: Record<string, string[]>) =>
    /Signature=([0-9a-f]{64})$/.exec(headers.authorization[0])![1];

  it('signs as AWS documents it', () => {
    const headers = signer.sign(
      {
        method: 'GET',
        url: new URL('https://examplebucket.s3.amazonaws.com/test.txt'),
        region: 'us-east-1',
        headers: { Range: ['bytes=0-9'], 'x-amz-content-sha256': [EMPTY_SHA256] },
      },
      example,
    );
    expect(headers.authorization).toEqual([
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, ' +
        'SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, ' +
        'Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    ]);
    expect(headers.range).toEqual(['bytes=0-9']);
    expect(headers['x-amz-date']).toEqual(['20130524T000000Z']);
  });

  it('signs a listing with its query, as AWS documents it', () => {
    const headers = signer.sign(
      {
        method: 'GET',
        url: new URL('https://examplebucket.s3.amazonaws.com/?max-keys=2&prefix=J'),
        region: 'us-east-1',
        headers: { 'x-amz-content-sha256': [EMPTY_SHA256] },
      },
      example,
    );
    expect(signatureOf(headers)).toBe('34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7');
  });

  it('signs an unknown body as UNSIGNED-PAYLOAD, and drops an earlier signature', () => {
    const headers = signer.sign({
      method: 'PUT',
      url: new URL('http://127.0.0.1:9000/lake/sales/orders/data/a.parquet'),
      region: 'us-east-1',
      headers: { Authorization: ['AWS4-HMAC-SHA256 stale'], 'Content-Length': ['10'] },
    });
    expect(headers['x-amz-content-sha256']).toEqual(['UNSIGNED-PAYLOAD']);
    expect(headers.host).toEqual(['127.0.0.1:9000']);
    expect(headers.authorization[0]).toMatch(/SignedHeaders=content-length;host;x-amz-content-sha256;x-amz-date, /);
  });

  it('keeps a signing key per day and region', () => {
    const url = new URL('http://127.0.0.1:9000/lake/a');
    const sign = (region: string, date: Date) => signer.sign({ method: 'GET', url, region, headers: {} }, date);
    const day = new Date('2025-01-01T10:00:00Z');
    const nextDay = new Date('2025-01-02T10:00:00Z');
    expect(sign('eu-west-1', day).authorization[0]).toContain('/20250101/eu-west-1/s3/aws4_request');
    expect(sign('us-east-1', nextDay).authorization[0]).toContain('/20250102/us-east-1/s3/aws4_request');
    expect(signatureOf(sign('eu-west-1', day))).not.toBe(signatureOf(sign('eu-west-1', nextDay)));
  });

  it("agrees with AWS's SDK signer on what S3 clients send", async () => {
    // The SDK's signer (@smithy/signature-v4), with the catalog's settings, as the reference.
    const reference = new SignatureV4({
      service: 's3',
      region: 'us-east-1',
      credentials,
      uriEscapePath: false,
      applyChecksum: false,
      sha256: class {
        private readonly hash;
        constructor(secret?: Source) {
          this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(secret));
        }
        update(data: Source) {
          this.hash.update(bytes(data));
        }
        digest() {
          return Promise.resolve(new Uint8Array(this.hash.digest()));
        }
      },
    });
    const requests: RequestToSign[] = [
      {
        method: 'GET',
        url: new URL('http://127.0.0.1:9000/lake/w/sales/orders/data/00000-0-a%20b%2Bc.parquet'),
        region: 'us-east-1',
        headers: { Range: ['bytes=4-1027'], 'User-Agent': ['Botocore/1.35'], 'X-Amz-Meta-Note': ['  two   spaces '] },
      },
      {
        method: 'GET',
        url: new URL(
          "http://127.0.0.1:9000/lake?list-type=2&prefix=w/sales/orders/&delimiter=%2F&start-after=a*b(c)!'",
        ),
        region: 'us-east-1',
        headers: { Accept: ['application/xml', 'text/xml'] },
      },
      {
        method: 'POST',
        url: new URL('http://127.0.0.1:9000/lake/w/sales/orders/data/big.parquet?uploads'),
        region: 'us-east-1',
        headers: { 'Content-Type': ['application/octet-stream'], 'Proxy-Authorization': ['x'] },
      },
      {
        method: 'PUT',
        url: new URL('http://127.0.0.1:9000/lake/w/sales/orders/data/big.parquet?uploadId=ab%2Fc&partNumber=2'),
        region: 'us-east-1',
        headers: { 'Content-Length': ['5242880'], 'x-amz-content-sha256': ['UNSIGNED-PAYLOAD'] },
      },
    ];
    for (const request of requests) {
      const ours = signer.sign(request, example);
      const headers = Object.fromEntries(
        Object.entries(ours)
          .filter(([name]) => name !== 'authorization')
          .map(([name, values]) => [name, values[0]]),
      );
      const query: Record<string, string | string[]> = {};
      for (const [name, value] of request.url.searchParams) {
        const previous = query[name];
        query[name] = previous === undefined ? value : [previous, value].flat();
      }
      const theirs = await reference.sign(
        {
          method: request.method,
          protocol: request.url.protocol,
          hostname: request.url.hostname,
          port: Number(request.url.port),
          path: request.url.pathname,
          query,
          headers,
        },
        { signingDate: example },
      );
      expect(ours.authorization[0]).toBe(theirs.headers.authorization);
    }
  });
});
