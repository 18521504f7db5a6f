import { Inject, Injectable } from '@nestjs/common';
import { parseJson, toJson } from '../http/lossless-json';
import { metadataDocument, readTableMetadata, type TableMetadata } from '../metadata/table-metadata';
import { WAREHOUSE, type Warehouse } from '../warehouse/warehouse';

/** A metadata file as read: its parsed content and its JSON text, which load responses embed as they are. */
export interface StoredMetadata {
  location: string;
  metadata: TableMetadata;
  text: string;
}

const CACHE_ENTRIES = 2000;

/**
 * Reads and writes metadata files. A metadata file never changes once written (a commit writes a new one), so files
 * are cached by location: loading a table costs one pointer lookup and, usually, no storage read.
 */
@Injectable()
export class MetadataStore {
  private readonly cache = new Map<string, StoredMetadata>();

  constructor(@Inject(WAREHOUSE) private readonly warehouse: Warehouse) {}

  async read(location: string): Promise<StoredMetadata> {
    const cached = this.cache.get(location);
    if (cached !== undefined) {
      // Refreshes its place: the map iterates oldest first, and the oldest is evicted.
      this.cache.delete(location);
      this.cache.set(location, cached);
      return cached;
    }
    const text = await this.warehouse.read(location);
    const stored = { location, metadata: readTableMetadata(parseJson(text)), text };
    this.remember(stored);
    return stored;
  }

  async write(location: string, metadata: TableMetadata): Promise<StoredMetadata> {
    const text = toJson(metadataDocument(metadata));
    await this.warehouse.write(location, text);
    const stored = { location, metadata, text };
    this.remember(stored);
    return stored;
  }

  forget(location: string): void {
    this.cache.delete(location);
  }

  private remember(stored: StoredMetadata): void {
    this.cache.set(stored.location, stored);
    if (this.cache.size > CACHE_ENTRIES) this.cache.delete(this.cache.keys().next().value as string);
  }
}
