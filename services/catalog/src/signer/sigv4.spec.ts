import { SigV4Signer } from './sigv4';

describe('SigV4Signer', () => {
  // AWS's worked example of a signed GET Object (Signature Version 4, "Example: GET Object").
  const signer = new SigV4Signer({
    accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
    secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  });

  it('signs as AWS documents it', async () => {
    const headers = await signer.sign(
      {
        method: 'GET',
        url: new URL('https://examplebucket.s3.amazonaws.com/test.txt'),
        region: 'us-east-1',
        headers: {
          Range: ['bytes=0-9'],
          'x-amz-content-sha256': ['e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
        },
      },
      new Date('2013-05-24T00:00:00Z'),
    );
    expect(headers.authorization).toEqual([
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, ' +
        'SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, ' +
        'Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    ]);
    expect(headers.range).toEqual(['bytes=0-9']);
    expect(headers['x-amz-date']).toEqual(['20130524T000000Z']);
  });

  it('signs an unknown body as UNSIGNED-PAYLOAD, and drops an earlier signature', async () => {
    const headers = await signer.sign({
      method: 'PUT',
      url: new URL('http://127.0.0.1:9000/lake/sales/orders/data/a.parquet'),
      region: 'us-east-1',
      headers: { Authorization: ['AWS4-HMAC-SHA256 stale'], 'Content-Length': ['10'] },
    });
    expect(headers['x-amz-content-sha256']).toEqual(['UNSIGNED-PAYLOAD']);
    expect(headers.host).toEqual(['127.0.0.1:9000']);
    expect(headers.authorization[0]).toMatch(/SignedHeaders=content-length;host;x-amz-content-sha256;x-amz-date, /);
  });
});
