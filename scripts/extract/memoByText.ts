/**
 * Remembering a pure function of a text by the text itself, bounded, and forgetting every such
 * memory at once. Shared by the argument finders (events/cached.ts), the tense cues read word by
 * word (wordwise.ts) and every other per-text reading that the extractor asks again and again.
 */
const LIMIT = 20_000;
const caches = new Set<Map<string, unknown>>();

/**
 * Forget every remembered text; the pipeline calls this at the start of each run. A map finds a
 * text it holds by comparing it character by character unless it is the very same string, and a
 * later run decodes its texts afresh: one long paragraph remembered from an earlier run would be
 * compared in full on every lookup (a 1.3 MB one-line article took 36 s to extract a second time
 * in the same process instead of 7 s).
 */
export function forgetTexts(): void {
  for (const cache of caches) cache.clear();
}

/**
 * A text → value function remembered by the text itself: no key string is built, since building
 * one would copy a long paragraph on every call. Bounded, so memory stays flat over long runs.
 */
export function memoByText<T>(read: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  caches.add(cache);
  return (text) => {
    let hit = cache.get(text);
    if (hit === undefined) {
      if (cache.size >= LIMIT) cache.clear();
      hit = read(text);
      cache.set(text, hit);
    }
    return hit;
  };
}
