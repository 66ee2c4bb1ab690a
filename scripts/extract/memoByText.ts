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

/**
 * A pure function of a text and a small key (a trigger's place, a kind), remembered by the text
 * and then the key: every trigger of a sentence asks about the same text with its own key.
 */
export function memoByTextAnd<K, T>(
  read: (text: string, key: K) => T,
): (text: string, key: K) => T {
  const byText = memoByText(() => new Map<K, T>());
  return (text, key) => {
    const known = byText(text);
    if (known.has(key)) return known.get(key) as T;
    const value = read(text, key);
    known.set(key, value);
    return value;
  };
}

/**
 * The same pattern, its `test` remembered by the text: an aspect cue is asked about one sentence
 * once per trigger and again by the stages that read it after (the recall cue alone was 4 % of a
 * 5 MB article's extraction). Only for a pattern without the global or sticky flag, whose `test`
 * keeps no state between calls; `exec`, `match` and `replace` read it as before.
 */
export function rememberTests(pattern: RegExp): RegExp {
  if (pattern.global || pattern.sticky) return pattern;
  const test = memoByText((text) => RegExp.prototype.test.call(pattern, text));
  return Object.defineProperty(pattern, 'test', { value: test });
}
