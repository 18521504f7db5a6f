import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LocalWarehouse } from './local-warehouse';
import { defaultTableLocation, metadataFileLocation, metadataSequence } from './warehouse';

describe('warehouse locations', () => {
  it('names metadata files by the Iceberg convention and reads their sequence back', () => {
    const location = metadataFileLocation('file:///w/sales/orders/', 3, 'abc');
    expect(location).toBe('file:///w/sales/orders/metadata/00003-abc.metadata.json');
    expect(metadataSequence(location)).toBe(3);
    expect(metadataSequence('file:///w/v1.metadata.json')).toBe(0);
  });
});

describe('LocalWarehouse', () => {
  let directory: string;
  let warehouse: LocalWarehouse;

  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'catalog-warehouse-'));
    warehouse = new LocalWarehouse(directory);
  });
  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('writes, reads and purges files under its root only', async () => {
    const table = defaultTableLocation(warehouse, 'sales', 'orders');
    expect(table).toBe(`${pathToFileURL(directory).href}/sales/orders`);
    const file = metadataFileLocation(table, 0, 'x');
    await warehouse.write(file, '{"a":1}');
    expect(await warehouse.read(file)).toBe('{"a":1}');
    expect(await readdir(join(directory, 'sales/orders/metadata'))).toEqual(['00000-x.metadata.json']);
    await warehouse.deleteUnder(table);
    expect(await readdir(join(directory, 'sales'))).toEqual([]);
    expect(warehouse.tableConfig()).toEqual({});
  });

  it('knows what lies inside it', () => {
    expect(warehouse.contains(`${warehouse.root}/a/b`)).toBe(true);
    expect(warehouse.contains(`${directory}/a`)).toBe(true);
    expect(warehouse.contains(`${warehouse.root}/../elsewhere`)).toBe(false);
    expect(warehouse.contains(`${directory}-sibling/a`)).toBe(false);
    expect(warehouse.contains('s3://bucket/a')).toBe(false);
    expect(warehouse.contains('relative/path')).toBe(false);
    expect(warehouse.contains(`${warehouse.root}/sales/orders`, 'sales')).toBe(true);
    expect(warehouse.contains(`${warehouse.root}/sales`, 'sales')).toBe(true);
    expect(warehouse.contains(`${warehouse.root}/sales-eu/orders`, 'sales')).toBe(false);
    expect(warehouse.contains(`${warehouse.root}/sales/../finance/ledger`, 'sales')).toBe(false);
    return expect(warehouse.read('file:///etc/hostname')).rejects.toThrow('outside the warehouse');
  });
});
