import avro from 'avsc';
import { IcebergError } from './table-metadata';
import { LOCAL_FILES, type WarehouseFiles } from './warehouse-files';

/**
 * Avro longs as bigint: manifests carry 64-bit snapshot ids and sequence numbers, which avsc refuses to read as
 * JavaScript numbers ("potential precision loss").
 */
const LONG_AS_BIGINT = avro.types.LongType.__with({
  fromBuffer: (buffer: Buffer) => buffer.readBigInt64LE(),
  toBuffer: (value: bigint) => {
    const buffer = Buffer.alloc(8);
    buffer.writeBigInt64LE(value);
    return buffer;
  },
  fromJSON: (value: number | string) => BigInt(value),
  toJSON: (value: bigint) => Number(value),
  isValid: (value: unknown) => typeof value === 'bigint',
  compare: (left: bigint, right: bigint) => (left === right ? 0 : left < right ? -1 : 1),
});

/** Reads every record of an Avro object container file, with the writer's schema it embeds. */
function readAvroFile<T>(path: string): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const records: T[] = [];
    avro
      .createFileDecoder(path, {
        parseHook: (schema: avro.Schema) => avro.Type.forSchema(schema, { registry: { long: LONG_AS_BIGINT } }),
      })
      .on('data', (record: T) => records.push(record))
      .on('end', () => resolve(records))
      .on('error', reject);
  });
}

/** An entry of a manifest list; `content` is absent from format v1 lists, which hold data manifests only. */
interface ManifestFile {
  manifest_path: string;
  content?: number;
}

/** A manifest entry: status 0 existing, 1 added, 2 deleted; data_file.content 0 data, 1 position and 2 equality deletes. */
interface ManifestEntry {
  status: number;
  data_file: { content?: number; file_path: string; file_format: string };
}

const DELETED = 2;
const DATA = 0;

/**
 * The live data files of a snapshot: every entry of its manifests that is not marked deleted. Delete files
 * (merge-on-read) would change which rows are live; a snapshot with any is refused rather than checked wrongly.
 */
export async function liveDataFiles(manifestList: string, files: WarehouseFiles = LOCAL_FILES): Promise<string[]> {
  const manifests = await readAvroFile<ManifestFile>(await files.localPath(manifestList));
  const live: string[] = [];
  for (const manifest of manifests) {
    const entries = await readAvroFile<ManifestEntry>(await files.localPath(manifest.manifest_path));
    for (const entry of entries) {
      if (entry.status === DELETED) continue;
      if ((manifest.content ?? DATA) !== DATA || (entry.data_file.content ?? DATA) !== DATA) {
        throw new IcebergError(
          `the snapshot has delete files (${entry.data_file.file_path}); checks read copy-on-write snapshots only`,
        );
      }
      if (entry.data_file.file_format.toUpperCase() !== 'PARQUET') {
        throw new IcebergError(`${entry.data_file.file_path} is ${entry.data_file.file_format}, not Parquet`);
      }
      live.push(await files.localPath(entry.data_file.file_path));
    }
  }
  return live;
}
