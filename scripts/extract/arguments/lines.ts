/**
 * The non-empty lines of `text` with their offsets, as `text.matchAll(/[^\n]+/gu)` gives them, but
 * found by indexOf: on a 5 MB article written as one line that match overflowed the regexp
 * engine's backtracking stack now and then ("Maximum call stack size exceeded").
 */
export function* lines(text: string): Generator<{ line: string; start: number }> {
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    if (end > start) yield { line: text.slice(start, end), start };
    start = end + 1;
  }
}
