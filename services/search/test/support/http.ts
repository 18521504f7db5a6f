import type { Reply } from '@mesh/testing';

export interface ErrorReply {
  error: { status: number; code: string; message: string; details?: { pointer: string; message: string }[] };
}

/** Fails with the reply when its status is not the expected one, so a test failure says what the API said. */
export function expectStatus<T>(reply: Reply<T>, status: number): T {
  if (reply.status !== status) {
    throw new Error(`expected HTTP ${status}, got ${reply.status}: ${JSON.stringify(reply.body)}`);
  }
  return reply.body;
}
