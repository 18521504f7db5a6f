import type { MeshEvent } from '@mesh/contracts';

/**
 * Events are stored as JSON in the outbox. Avro `bytes` fields are Buffers, which JSON turns into
 * `{ type: 'Buffer', data: [...] }`; reading the row turns those back into Buffers so the codec
 * gets exactly what the producer added.
 */
export function eventToJson(event: MeshEvent): string {
  return JSON.stringify(event);
}

export function eventFromJson(json: string): MeshEvent {
  return JSON.parse(json, (_key, value: unknown) =>
    isSerializedBuffer(value) ? Buffer.from(value.data) : value,
  ) as MeshEvent;
}

function isSerializedBuffer(value: unknown): value is { type: 'Buffer'; data: number[] } {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { type?: unknown; data?: unknown };
  return candidate.type === 'Buffer' && Array.isArray(candidate.data) && Object.keys(value).length === 2;
}
