import { randomBytes } from 'node:crypto';

/** A name no earlier run used (topics, consumer groups, indices, queues), so tests repeat cleanly. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}
