/**
 * Stage 5 — paragraphs and sentences, with offsets into the original text. Caption lines
 * ("Асхат ОРАЛОВ, … ХАТШЫСЫ:") are not paragraphs: they name the speaker of the paragraphs below.
 */
import { KK_MONTH_ABBREVIATIONS } from '../locales/kk/dates/kkMonthAbbreviation';
import type { Line, Paragraph, Sentence, Speaker } from '../types';
import { reportStart } from './datelineLead';
import { initialsBefore, initialsEndSentence } from './initials';

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'ж', 'жж', 'т.б', 'т.с.с', 'млн', 'млрд', 'мың', 'г', 'гг', 'им', 'ул', 'обл', 'т.е', 'т.д', 'т.п',
  'тел', 'проф', 'акад', 'др', 'см', 'көш', 'ауд', 'тг', 'руб', 'трлн', 'шамамен',
]); // prettier-ignore

export function toParagraphs(
  lines: Line[],
  parseCaption: (line: string) => Speaker | null,
): { paragraphs: Paragraph[]; lines: Line[] } {
  const out = lines.map((l) => ({ ...l }));
  const paragraphs: Paragraph[] = [];
  let speaker: Speaker | undefined;
  for (const line of out) {
    // The headline is read too: it is often the clearest statement of the article's main event.
    if (line.kind !== 'body' && line.kind !== 'title') continue;
    const caption = line.kind === 'body' ? parseCaption(line.text) : null;
    if (caption) {
      line.kind = 'caption';
      speaker = caption;
      continue;
    }
    const p: Paragraph = {
      index: paragraphs.length,
      start: line.start,
      end: line.end,
      text: line.text,
    };
    // Captioned speech runs until the next narration: a paragraph starting like reporting
    // ("Осылай деген Президент…") after a quote is narration, but TV transcripts alternate strictly
    // caption → one paragraph, so the speaker holds for exactly one paragraph.
    if (speaker) p.speaker = speaker;
    speaker = undefined;
    paragraphs.push(p);
  }
  return { paragraphs, lines: out };
}

export function toSentences(text: string, paragraphs: Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const p of paragraphs) {
    let start = p.start;
    // Only at the start of a run of end marks, and that run taken whole (the (?=(…))\1 idiom is an
    // atomic group): a file of a million dots must not be rescanned from every position.
    // A scraped text may lose the space after a full stop ("тоқтатты.Кезекті"): a lower-case word
    // of three letters or more, its end mark, and a capitalised word end a sentence too (not an
    // initial, "Н.Назарбаев", nor a site name, "Zakon.kz").
    const re =
      /(?<![.!?…])(?=([.!?…]+["»”)]*))\1(?=\s+["«“(–—-]?\s*[\p{Lu}\d]|(?<=\p{Ll}{3}[.!?…]+["»”)]*)\p{Lu}\p{Ll})/gu;
    const body = text.slice(p.start, p.end);
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const end = p.start + m.index + m[0].length;
      if (isAbbreviation(text, p.start + m.index)) continue;
      push(text, sentences, p, start, end);
      start = end;
    }
    push(text, sentences, p, start, p.end);
  }
  return sentences;
}

function push(text: string, out: Sentence[], p: Paragraph, start: number, end: number): void {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end <= start) return;
  const s: Sentence = { index: out.length, paragraph: p.index, start, end, text: text.slice(start, end) }; // prettier-ignore
  const at = reportStart(p, s);
  out.push(at === undefined ? s : { ...s, reportAt: at });
}

/**
 * True when the full stop at `dot` follows an initial that does not close a name ("Қ. Тоқаев",
 * but "Ван И. Визит …": stages/initials.ts) or a known abbreviation ("ж.").
 */
function isAbbreviation(text: string, dot: number): boolean {
  if (text[dot] !== '.') return false;
  const initials = initialsBefore(text, dot);
  if (initials) return !initialsEndSentence(text, initials.start, dot);
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  const word = text.slice(i, dot).toLowerCase();
  return ABBREVIATIONS.has(word) || isMonthAbbreviation(text, i, dot, word);
}

/**
 * A month's abbreviation in a date: after its day ("21 сәу. 2022 ж.") or before a day with its
 * case ending ("қаң. 5-інде"), as the date tagger reads it. Otherwise it may be a word ending a
 * sentence ("қатты жел. 5 адам …", "жел. 5-інші қабат …").
 */
function isMonthAbbreviation(text: string, start: number, dot: number, word: string): boolean {
  if (!KK_MONTH_ABBREVIATIONS.has(word)) return false;
  return (
    /\d\s+$/u.test(text.slice(Math.max(0, start - 3), start)) ||
    /^\.\s+\d{1,2}-(?![сі]?[ыі]?н?ш[ыі])\p{L}/u.test(text.slice(dot, dot + 8))
  );
}
