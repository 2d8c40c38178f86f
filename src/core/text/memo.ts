/**
 * A memo for a pure string function (name keys, content words and search terms are asked for
 * many times per article, often of the same words); cleared when it grows large.
 */
export function memo<T>(fn: (s: string) => T, max = 20000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size >= max) cache.clear();
      v = fn(s);
      cache.set(s, v);
    }
    return v;
  };
}
