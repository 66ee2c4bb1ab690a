/**
 * Direct speech is a clause of its own. In "Тоқаев 10 наурызда: «Референдум 20 сәуірде өтеді», –
 * деп мәлімдеді" or "«Мы проведём референдум», — заявил Токаев 10 марта" the verb of saying outside
 * the quotation marks tells when the saying was (done, 10 March), whatever tense the quoted words
 * are in; the verbs inside tell only of what the quote speaks of. So a tense read for a word outside
 * a quotation does not see the quoted words, and one read for a word inside sees only them.
 */

/** The marks that open a quotation, each with the mark that closes it. */
const CLOSING: Record<string, string> = { '«': '»', '“': '”', '"': '"' };

/** Every character the pairing of marks reads: the marks and the line break. */
const MARKS = /[\n«»“”"]/gu;

/** Words enough to be speech, not a name in quotation marks ("«Аманат»", «Жаңа Қазақстан»). */
const MIN_WORDS = 3;

export interface Span {
  start: number;
  end: number;
}

/**
 * The outermost quotations of `text` that hold speech, as the offsets of the words between the
 * marks. Marks pair outermost first (a name quoted inside a quote stays inside it); a quotation
 * never runs past its paragraph, and one left open is none.
 */
export function speechSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  let close = '';
  let depth = 0;
  // (Only the marks and line breaks: the loop read every character, a second per 5 MB article,
  // once for each event's sentence and clause.)
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m !== null; m = MARKS.exec(text)) {
    const i = m.index;
    const ch = m[0];
    if (ch === '\n') {
      open = -1;
      depth = 0;
    } else if (open >= 0 && ch === close) {
      depth -= 1;
      if (depth > 0) continue;
      const words = text.slice(open + 1, i).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
      if (words >= MIN_WORDS) spans.push({ start: open + 1, end: i });
      open = -1;
    } else if (open >= 0 && ch === text[open] && ch !== close) {
      depth += 1;
    } else if (open < 0 && ch in CLOSING) {
      open = i;
      close = CLOSING[ch]!;
      depth = 1;
    }
  }
  return spans;
}

/**
 * The text a tense is read in for the words at [start, end): inside a quotation of speech, only
 * that quotation; outside, their paragraph (a tense is never read past it) with every such
 * quotation blanked, the same length. `start`, `end` are given again in the returned text.
 */
export function clauseOfSpeech(
  text: string,
  start: number,
  end: number,
): { text: string; start: number; end: number } {
  const from = lineStart(text, start);
  const { line, spans, blanked } = paragraphOf(text, from);
  const [a, b] = [start - from, end - from];
  const around = spans.find((q) => q.start <= a && b <= q.end);
  if (around)
    return {
      text: line.slice(around.start, around.end),
      start: a - around.start,
      end: b - around.start,
    };
  // (Every quotation blanked, unless one overlaps the words only in part: then those stay.)
  if (!spans.some((q) => q.end > a && b > q.start)) return { text: blanked, start: a, end: b };
  let out = line;
  for (const q of spans.filter((q) => q.end <= a || b <= q.start))
    out =
      out.slice(0, q.start) + line.slice(q.start, q.end).replace(/\S/gu, ' ') + out.slice(q.end);
  return { text: out, start: a, end: b };
}

/** Texts shorter than this are searched for their line break directly. */
const LONG = 4096;
/** The line breaks of the last long text asked about, in order. */
let breaks: { text: string; at: number[] } | undefined;

/**
 * Where the line (paragraph) holding `start` begins: `text.lastIndexOf('\n', start - 1) + 1`.
 * The tagger asks once per date, and in a long paragraph that search read back to the paragraph's
 * start every time (a 5 MB article on one line: a second of searching); a long text's breaks are
 * found once and looked up.
 */
function lineStart(text: string, start: number): number {
  if (text.length < LONG) return text.lastIndexOf('\n', start - 1) + 1;
  if (breaks?.text !== text) {
    const at: number[] = [];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) at.push(i);
    breaks = { text, at };
  }
  // (The last break at or before start - 1, which lastIndexOf reads as 0 when it is negative.)
  const limit = Math.max(start - 1, 0);
  const at = breaks.at;
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 0 : at[lo - 1]! + 1;
}

interface Paragraph {
  line: string;
  spans: Span[];
  /** The paragraph with every quotation of speech blanked. */
  blanked: string;
}

/**
 * The paragraph starting at `from`, its quotations of speech and its text with them blanked, kept
 * for the last paragraph asked: the tagger asks once per date, and a paragraph of thousands of
 * dated entries was scanned whole for each (quadratic: 5,000 entries took over a minute).
 */
let last: { text: string; from: number; paragraph: Paragraph } | undefined;

function paragraphOf(text: string, from: number): Paragraph {
  if (last && last.text === text && last.from === from) return last.paragraph;
  const stop = text.indexOf('\n', from);
  const line = text.slice(from, stop < 0 ? text.length : stop);
  const spans = speechSpans(line);
  // (In one pass: blanking span by span copied the paragraph once per quotation.)
  const pieces: string[] = [];
  let at = 0;
  for (const q of spans) {
    pieces.push(line.slice(at, q.start), ' '.repeat(q.end - q.start));
    at = q.end;
  }
  pieces.push(line.slice(at));
  const blanked = pieces.join('');
  last = { text, from, paragraph: { line, spans, blanked } };
  return last.paragraph;
}

/** `read` (a tense cue reader) applied to the words at [start, end) in their clause of speech. */
export function inClauseOfSpeech<T>(
  text: string,
  start: number,
  end: number,
  read: (text: string, start: number, end: number) => T,
): T {
  const c = clauseOfSpeech(text, start, end);
  return read(c.text, c.start, c.end);
}
