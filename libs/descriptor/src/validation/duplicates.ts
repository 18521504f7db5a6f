import type { ProblemDetail } from '../model/problem';

/**
 * One problem for every item whose key an earlier item already has, located at the later
 * item and naming where the first one is.
 */
export function duplicateProblems<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  pointerOf: (index: number) => string,
  describe: (key: string) => string,
): ProblemDetail[] {
  const firstIndex = new Map<string, number>();
  const problems: ProblemDetail[] = [];
  items.forEach((item, index) => {
    const key = keyOf(item);
    const first = firstIndex.get(key);
    if (first === undefined) firstIndex.set(key, index);
    else
      problems.push({
        pointer: pointerOf(index),
        message: `${describe(key)} is already defined at ${pointerOf(first)}`,
      });
  });
  return problems;
}
