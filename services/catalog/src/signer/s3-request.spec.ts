import { s3TargetOf, UnsignableRequest, type S3SignRequest } from './s3-request';

const endpoint = new URL('http://127.0.0.1:9000');
const request = (method: S3SignRequest['method'], uri: string): S3SignRequest => ({
  method,
  uri,
  region: 'us-east-1',
  headers: {},
});

describe('s3TargetOf', () => {
  it('reads bucket and key of a path-style or virtual-hosted request, and whether it reads or writes', () => {
    expect(s3TargetOf(request('GET', 'http://127.0.0.1:9000/lake/w/sales/orders/a%20b.parquet'), endpoint)).toEqual(
      expect.objectContaining({ bucket: 'lake', key: 'w/sales/orders/a b.parquet', access: 'read' }),
    );
    expect(s3TargetOf(request('HEAD', 'http://lake.store.local:9000/w/x'), new URL('http://store.local:9000'))).toEqual(
      expect.objectContaining({ bucket: 'lake', key: 'w/x', access: 'read' }),
    );
    for (const method of ['PUT', 'POST', 'DELETE'] as const)
      expect(s3TargetOf(request(method, 'http://127.0.0.1:9000/lake/w/x?uploadId=1'), endpoint).access).toBe('write');
  });

  it('takes a listing by its prefix', () => {
    expect(s3TargetOf(request('GET', 'http://127.0.0.1:9000/lake?list-type=2&prefix=w/sales/'), endpoint)).toEqual(
      expect.objectContaining({ bucket: 'lake', key: 'w/sales/', access: 'read' }),
    );
  });

  it('refuses other hosts, bucket-wide operations and odd methods', () => {
    const refused = (method: S3SignRequest['method'], uri: string) =>
      expect(() => s3TargetOf(request(method, uri), endpoint)).toThrow(UnsignableRequest);
    refused('GET', 'http://169.254.169.254/latest/meta-data');
    refused('GET', 'https://127.0.0.1:9000/lake/x');
    refused('POST', 'http://127.0.0.1:9000/lake?delete');
    refused('DELETE', 'http://127.0.0.1:9000/lake');
    refused('GET', 'http://127.0.0.1:9000/lake');
    refused('PATCH', 'http://127.0.0.1:9000/lake/x');
    refused('GET', 'not a url');
    refused('GET', 'http://127.0.0.1:9000/lake/%E0%A4%A');
    // Encoded slashes survive URL parsing: the key would leave the table it is checked against.
    refused('GET', 'http://127.0.0.1:9000/lake/w/sales/orders%2F..%2Fcustomers/data/a.parquet');
    refused('GET', 'http://127.0.0.1:9000/lake?list-type=2&prefix=w/sales/orders/../customers/');
  });
});
