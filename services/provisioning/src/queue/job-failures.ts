import { SchemaRegistryError } from '@mesh/contracts';
import { UnrecoverableError } from 'bullmq';
import { UpstreamError } from '../http/json-client';
import { SchemaConflictError } from '../tables/contract-schema';
import { TopicConflictError } from '../topics/topic-provisioner';

/**
 * Whether retrying a failed job cannot help: what it found conflicts with the contract, or a service refused the
 * request itself (invalid, forbidden). Unreachable or failing services, and Kafka's errors, are worth retrying.
 */
export function isPermanent(error: unknown): boolean {
  if (error instanceof UnrecoverableError || error instanceof SchemaConflictError) return true;
  if (error instanceof TopicConflictError) return true;
  if (error instanceof UpstreamError) return error.permanent;
  if (error instanceof SchemaRegistryError) {
    const { status } = error;
    return status !== null && status >= 400 && status < 500 && status !== 408 && status !== 429;
  }
  return false;
}

/** What operators read as the reason of a failure. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
