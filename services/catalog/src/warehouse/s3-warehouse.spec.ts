import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { parseS3, S3Warehouse } from './s3-warehouse';

type Command = PutObjectCommand | GetObjectCommand | ListObjectsV2Command | DeleteObjectsCommand;

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
      if (command instanceof DeleteObjectsCommand)
        for (const object of command.input.Delete!.Objects!) objects.delete(object.Key!);
      return {};
    }) as unknown as S3Client['send'],
  };
  return { client, sent };
}

describe('S3Warehouse', () => {
  const options = { uri: 's3://lake/warehouse/', region: 'eu-west-1', endpoint: 'http://minio:9000' };

  it('parses s3 URIs and refuses escapes', () => {
    expect(parseS3('s3://lake/warehouse/sales')).toEqual({ bucket: 'lake', key: 'warehouse/sales' });
    expect(parseS3('s3a://lake')).toEqual({ bucket: 'lake', key: '' });
    expect(parseS3('s3://lake/../x')).toBeUndefined();
    expect(parseS3('file:///x')).toBeUndefined();
  });

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
      'DeleteObjectsCommand',
    ]);
    await expect(warehouse.write('s3://lake/elsewhere/x', '{}')).rejects.toThrow('outside the warehouse');
  });

  it('vends its credentials for a table, and its endpoint without them', () => {
    const { client } = fakeClient(new Map());
    const bare = new S3Warehouse({ ...options, client });
    expect(bare.tableConfig()).toEqual({
      'client.region': 'eu-west-1',
      's3.endpoint': 'http://minio:9000',
      's3.path-style-access': 'true',
    });
    expect(bare.credentials('s3://lake/warehouse/t')).toEqual([]);
    const keyed = new S3Warehouse({ ...options, client, accessKeyId: 'AK', secretAccessKey: 'SK' });
    expect(keyed.credentials('s3://lake/warehouse/t')).toEqual([
      {
        prefix: 's3://lake/warehouse/t',
        config: expect.objectContaining({ 's3.access-key-id': 'AK', 's3.secret-access-key': 'SK' }),
      },
    ]);
  });
});
