import { icebergAvroTypes } from '@mesh/storage';
import avro from 'avsc';
import { IcebergError } from './table-metadata';
import { LOCAL_FILES, type WarehouseFiles } from './warehouse-files';

/** Reads every record of an Avro object container file, with the writer's schema it embeds. */
function readAvroFile<T>(path: string): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const records: T[] = [];
    avro
      .createFileDecoder(path, {
        parseHook: icebergAvroTypes,
      })
      .on('data', (record: T) => records.push(record))
      .on('end', () => resolve(records))
      .on('error', reject);
  });
}

/** An entry of a manifest list; `content` is absent from format v1 lists, which hold data manifests only. */
interface ManifestFile {
  manifest_path: string;
  manifest_length: bigint;
  content?: number;
}

/** A manifest entry: status 0 existing, 1 added, 2 deleted; data_file.content 0 data, 1 position and 2 equality deletes. */
interface ManifestEntry {
  status: number;
  data_file: { content?: number; file_path: string; file_format: string; file_size_in_bytes: bigint };
}

const DELETED = 2;
const DATA = 0;

/**
 * The live data files of a snapshot: every entry of its manifests that is not marked deleted. Delete files
 * (merge-on-read) would change which rows are live; a snapshot with any is refused rather than checked wrongly.
 * The manifests, and then the data files, are asked for all at once: on S3 each is a download.
 */
export async function liveDataFiles(manifestList: string, files: WarehouseFiles = LOCAL_FILES): Promise<string[]> {
  const manifests = await readAvroFile<ManifestFile>(await files.localPath(manifestList));
  const entries = await Promise.all(
    manifests.map(async (manifest) => {
      const path = await files.localPath(manifest.manifest_path, Number(manifest.manifest_length));
      return { manifest, entries: await readAvroFile<ManifestEntry>(path) };
    }),
  );
  const live: ManifestEntry['data_file'][] = [];
  for (const { manifest, entries: manifestEntries } of entries) {
    for (const entry of manifestEntries) {
      if (entry.status === DELETED) continue;
      if ((manifest.content ?? DATA) !== DATA || (entry.data_file.content ?? DATA) !== DATA) {
        throw new IcebergError(
          `the snapshot has delete files (${entry.data_file.file_path}); checks read copy-on-write snapshots only`,
        );
      }
      if (entry.data_file.file_format.toUpperCase() !== 'PARQUET') {
        throw new IcebergError(`${entry.data_file.file_path} is ${entry.data_file.file_format}, not Parquet`);
      }
      live.push(entry.data_file);
    }
  }
  return Promise.all(live.map((file) => files.localPath(file.file_path, Number(file.file_size_in_bytes))));
}
