import { ADMIN_TOKEN, HttpApi } from '@mesh/testing';

export interface Answer<T> {
  /** The HTTP status; 0 when no answer came (refused connection, timeout). */
  status: number;
  body: T;
}

/** Every call of the load is bounded: a hung service must cost the load a timeout, not a stuck loop. */
const CALL_TIMEOUT_MS = 15_000;

/** One call as the bootstrap admin, which never throws: faults make calls fail, and the load records how. */
export async function call<T = Record<string, unknown>>(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
  contentType = 'application/json',
): Promise<Answer<T>> {
  try {
    const { status, body: answer } = await new HttpApi(baseUrl, ADMIN_TOKEN, CALL_TIMEOUT_MS).request<T>(
      method,
      path,
      body,
      body === undefined ? {} : contentType,
    );
    return { status, body: answer };
  } catch {
    return { status: 0, body: undefined as T };
  }
}

export const accepted = (answer: Answer<unknown>): boolean => answer.status >= 200 && answer.status < 300;

export const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));
