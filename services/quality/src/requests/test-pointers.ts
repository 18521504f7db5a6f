import { ApiError, parseInput } from '@mesh/platform';
import type { z } from 'zod';

/** For unit tests: the pointers of the 400 that parsing the query answers, sorted; none when it parses. */
export function pointersOf(schema: z.ZodTypeAny, query: Record<string, unknown>): string[] {
  try {
    parseInput(schema, query, 'query');
    return [];
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return error.details.map((detail) => detail.pointer).sort();
  }
}
