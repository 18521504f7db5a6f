/**
 * Moves a local warehouse into an S3 bucket: every file is copied (metadata files, manifest lists and manifests with
 * their locations rewritten, data files as they are), then every table's pointer is moved, in one transaction.
 * Stop the catalog first (it caches metadata and would keep committing to the old files), then start it on the bucket
 * (`MESH_STORAGE=s3 ./platform start`). The local files are left in place.
 *
 *   node -r @swc-node/register services/catalog/src/migration/migrate-warehouse.ts \
 *     --from .mesh/warehouse --to s3://mesh-warehouse/warehouse [--dry-run]
 *
 * The catalog's database is DATABASE_URL; the store S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY
 * (`./platform` reads the local stack's from .mesh/s3). Prints what it did as JSON.
 */
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { parseS3, s3Client } from '@mesh/storage';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { relocateAvro, relocateMetadata, relocator, type Relocate } from './relocate';

async function* filesUnder(directory: string): AsyncGenerator<string> {
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

/** A file's content in the new warehouse. */
async function relocatedContent(path: string, relocate: Relocate): Promise<Buffer> {
  const content = await readFile(path);
  if (path.endsWith('.metadata.json')) return Buffer.from(relocateMetadata(content.toString('utf8'), relocate));
  if (path.endsWith('.avro')) return relocateAvro(content, relocate);
  return content;
}

function required(variable: string): string {
  const value = process.env[variable];
  if (value === undefined || value === '') throw new Error(`${variable} is required`);
  return value;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { from: { type: 'string' }, to: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
    strict: true,
  });
  if (values.from === undefined || values.to === undefined)
    throw new Error('--from <directory> and --to s3://bucket/prefix are required');
  const from = resolve(values.from);
  const to = values.to.replace(/\/+$/, '');
  const target = parseS3(to);
  if (target === undefined || target.key === '') throw new Error(`--to ${values.to} is not s3://bucket/prefix`);
  const relocate = relocator({ url: pathToFileURL(from).href, path: from }, to);
  const client = s3Client({
    endpoint: process.env.S3_ENDPOINT,
    region: process.env.S3_REGION ?? 'us-east-1',
    accessKeyId: required('S3_ACCESS_KEY_ID'),
    secretAccessKey: required('S3_SECRET_ACCESS_KEY'),
  });
  const database = new Client({ connectionString: required('DATABASE_URL') });
  await database.connect();
  try {
    let files = 0;
    for await (const path of filesUnder(from)) {
      files += 1;
      if (values['dry-run']) continue;
      const Body = await relocatedContent(path, relocate);
      const Key = `${target.key}/${relative(from, path).split('\\').join('/')}`;
      await client.send(new PutObjectCommand({ Bucket: target.bucket, Key, Body }));
    }
    const { rows } = await database.query<{ namespace: string; name: string; metadata_location: string }>(
      'SELECT namespace, name, metadata_location FROM iceberg_tables',
    );
    const moved = rows.filter((row) => relocate(row.metadata_location) !== row.metadata_location);
    if (!values['dry-run']) {
      await database.query('BEGIN');
      for (const row of moved)
        await database.query(
          'UPDATE iceberg_tables SET metadata_location = $3, updated_at = now() WHERE namespace = $1 AND name = $2',
          [row.namespace, row.name, relocate(row.metadata_location)],
        );
      await database.query('COMMIT');
    }
    const report = {
      from,
      to,
      dryRun: values['dry-run'],
      filesCopied: files,
      tablesMoved: moved.length,
      // Registered from elsewhere: their files are not the warehouse's, and stay where they are.
      tablesLeft: rows.filter((row) => !moved.includes(row)).map((row) => `${row.namespace}.${row.name}`),
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await database.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`migrate-warehouse: ${(error as Error).message}\n`);
  process.exit(1);
});
