import type { Hit } from './types';

/**
 * Top-level «…» spans, pairing guillemets with a stack so nested titles (`«Жаңа Қазақстанды»`
 * inside a quote) stay inside. Unclosed guillemets are dropped. `start`/`end` are the quoted
 * words without the marks and without surrounding whitespace.
 */
export function quoteSpans(text: string): Hit[] {
  const spans: Hit[] = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '«') {
      if (depth === 0) open = i;
      depth++;
    } else if (ch === '»' && depth > 0) {
      depth--;
      if (depth === 0) spans.push(trimmed(text, open + 1, i));
    } else if (ch === '\n' && depth > 0 && text[i + 1] === '\n') {
      // A blank line ends a paragraph: an unclosed quote must not swallow the next one.
      depth = 0;
    }
  }
  return spans.filter((s) => s.end > s.start);
}

export function trimmed(text: string, start: number, end: number): Hit {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] ?? '')) s++;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e, text: text.slice(s, e) };
}
