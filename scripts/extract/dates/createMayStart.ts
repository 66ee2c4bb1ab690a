/**
 * Builds the grammar's cheap pre-check from the words an expression can start with: a word
 * qualifies when its first two letters begin one of them. Most words of a text fail this test,
 * so the taggers run on few tokens (about 3× faster on KazNERD).
 * @example createMayStart(['наурыз'])('наурызда') // true
 */
export function createMayStart(starters: Iterable<string>): (low: string) => boolean {
  const prefixes = new Set<string>();
  for (const w of starters) prefixes.add(w.slice(0, 2));
  return (low) => prefixes.has(low.slice(0, 2));
}
