/**
 * Returns the cached promise for `key`, or starts `load` and caches it, so that concurrent callers share one request.
 * A rejected load is forgotten, so the next caller tries again instead of inheriting a transient failure.
 */
export function cachedPromise<K, V>(cache: Map<K, Promise<V>>, key: K, load: () => Promise<V>): Promise<V> {
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const loading = load();
  cache.set(key, loading);
  loading.catch(() => {
    if (cache.get(key) === loading) cache.delete(key);
  });
  return loading;
}
