import type { FieldType } from '../model/field-type';

// Which field types each Iceberg partition transform accepts (Iceberg table spec,
// "Partition Transforms"). Nested types are never partition sources.
const SOURCE_TYPES: Record<string, readonly string[]> = {
  identity: [
    'string',
    'integer',
    'long',
    'float',
    'double',
    'decimal',
    'boolean',
    'date',
    'timestamp',
    'timestamptz',
    'uuid',
    'binary',
  ],
  bucket: ['string', 'integer', 'long', 'decimal', 'date', 'timestamp', 'timestamptz', 'uuid', 'binary'],
  truncate: ['string', 'integer', 'long', 'decimal', 'binary'],
  year: ['date', 'timestamp', 'timestamptz'],
  month: ['date', 'timestamp', 'timestamptz'],
  day: ['date', 'timestamp', 'timestamptz'],
  hour: ['timestamp', 'timestamptz'],
};

/** The types a transform (`day`, `bucket[16]`, ...) can be applied to. */
export function transformSourceTypes(transform: string): readonly string[] {
  return SOURCE_TYPES[transform.replace(/\[.*$/, '')] ?? [];
}

export function typeFamily(type: FieldType): string {
  return type.kind === 'primitive' ? type.name : type.kind;
}
