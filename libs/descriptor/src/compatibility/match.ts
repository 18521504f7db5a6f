export interface Located<T> {
  item: T;
  index: number;
}

export interface Matched<T> {
  removed: Located<T>[];
  added: Located<T>[];
  kept: { previous: Located<T>; next: Located<T> }[];
}

/** Pairs the elements of two versions of a list by identity (a name or id), wherever they sit in the list. */
export function matchByKey<T>(previous: readonly T[], next: readonly T[], keyOf: (item: T) => string): Matched<T> {
  const nextByKey = new Map(next.map((item, index) => [keyOf(item), { item, index }]));
  const previousKeys = new Set(previous.map(keyOf));
  const result: Matched<T> = { removed: [], added: [], kept: [] };
  previous.forEach((item, index) => {
    const counterpart = nextByKey.get(keyOf(item));
    if (counterpart) result.kept.push({ previous: { item, index }, next: counterpart });
    else result.removed.push({ item, index });
  });
  next.forEach((item, index) => {
    if (!previousKeys.has(keyOf(item))) result.added.push({ item, index });
  });
  return result;
}
