/**
 * Memoizes a pure function of one word. Korean news repeats its words (names, titles,
 * organizations) many times, so the per-word rules run once per distinct word. The cache is
 * bounded (cleared when full) so memory stays flat on any input and over any number of
 * documents: a few thousand entries cover one article's vocabulary, and every cached function
 * holds its own cache in every worker.
 */
export function memoWord<T>(fn: (word: string) => T, capacity = 4_000): (word: string) => T {
  const cache = new Map<string, T>();
  return (word: string): T => {
    const hit = cache.get(word);
    if (hit !== undefined || cache.has(word)) return hit as T;
    if (cache.size >= capacity) cache.clear();
    const value = fn(word);
    cache.set(word, value);
    return value;
  };
}
