import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { S3Warehouse } from './s3-warehouse';

type Command = PutObjectCommand | GetObjectCommand | ListObjectsV2Command | DeleteObjectCommand;

/** An S3 client that records commands and answers from a map of objects. */
function fakeClient(objects: Map<string, string>) {
  const sent: Command[] = [];
  const client: Pick<S3Client, 'send'> = {
    send: (async (command: Command) => {
      sent.push(command);
      if (command instanceof PutObjectCommand) objects.set(command.input.Key!, String(command.input.Body));
      if (command instanceof GetObjectCommand) {
        const body = objects.get(command.input.Key!);
        return { Body: { transformToString: async () => body } };
      }
      if (command instanceof ListObjectsV2Command) {
        const keys = [...objects.keys()].filter((key) => key.startsWith(command.input.Prefix!));
        return { Contents: keys.map((Key) => ({ Key })), IsTruncated: false };
      }
      if (command instanceof DeleteObjectCommand) objects.delete(command.input.Key!);
      return {};
    }) as unknown as S3Client['send'],
  };
  return { client, sent };
}

describe('S3Warehouse', () => {
  const options = {
    uri: 's3://lake/warehouse/',
    region: 'eu-west-1',
    endpoint: 'http://minio:9000',
    signerUri: 'http://127.0.0.1:8181',
  };

  it('writes, reads and purges objects under its prefix', async () => {
    const objects = new Map<string, string>([['other/keep', 'x']]);
    const { client, sent } = fakeClient(objects);
    const warehouse = new S3Warehouse({ ...options, client });
    expect(warehouse.root).toBe('s3://lake/warehouse');
    expect(warehouse.contains('s3://lake/warehouse/sales/orders')).toBe(true);
    expect(warehouse.contains('s3://lake/warehouse-2/x')).toBe(false);
    expect(warehouse.contains('s3://other/warehouse/x')).toBe(false);
    expect(warehouse.contains('s3://lake/warehouse/sales/orders', 'sales')).toBe(true);
    expect(warehouse.contains('s3://lake/warehouse/finance/ledger', 'sales')).toBe(false);
    expect(warehouse.contains('s3://lake/warehouse/sales/../finance/ledger', 'sales')).toBe(false);

    await warehouse.write('s3://lake/warehouse/sales/orders/metadata/00000-a.metadata.json', '{}');
    expect(await warehouse.read('s3://lake/warehouse/sales/orders/metadata/00000-a.metadata.json')).toBe('{}');
    await warehouse.deleteUnder('s3://lake/warehouse/sales/orders');
    expect([...objects.keys()]).toEqual(['other/keep']);
    expect(sent.map((command) => command.constructor.name)).toEqual([
      'PutObjectCommand',
      'GetObjectCommand',
      'ListObjectsV2Command',
      'DeleteObjectCommand',
    ]);
    await expect(warehouse.write('s3://lake/elsewhere/x', '{}')).rejects.toThrow('outside the warehouse');
  });

  it('tells clients to sign remotely, and never hands out keys', () => {
    const { client } = fakeClient(new Map());
    const config = new S3Warehouse({ ...options, client }).tableConfig();
    expect(config).toEqual({
      'client.region': 'eu-west-1',
      's3.endpoint': 'http://minio:9000',
      's3.path-style-access': 'true',
      's3.remote-signing-enabled': 'true',
      's3.signer.uri': 'http://127.0.0.1:8181',
      's3.signer.endpoint': 'v1/aws/s3/sign',
      's3.signer': 'S3V4RestSigner',
      'py-io-impl': 'pyiceberg.io.fsspec.FsspecFileIO',
    });
    expect(Object.keys(config).some((key) => /key|secret|token/.test(key))).toBe(false);
  });
});
