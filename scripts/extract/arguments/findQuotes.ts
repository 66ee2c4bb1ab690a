import { findPersons } from './findPersons';
import { longestFirst } from './matchForms';
import { parseCaption } from './parseCaption';
import { lines } from './lines';
import { quoteSpans, trimmed } from './quoteSpans';
import { speakerAfter, speechVerbAt } from './speechAfter';
import type { Caption, Lang, PersonHit, QuoteHit } from './types';

const MIN_WORDS = 3;
const DASH_OPENING = /^[ \t\u00a0]*[–—-][ \t\u00a0]+/u;
const DASH_CLOSING = /[,]?[ \u00a0]*[–—][ \u00a0]*/gu;

function attributed(
  hit: { start: number; end: number; text: string },
  speaker?: PersonHit | Caption,
): QuoteHit {
  if (!speaker) return hit;
  return { ...hit, speaker: speaker.name, ...(speaker.role ? { role: speaker.role } : {}) };
}

/** `– Өздеріңізге мәлім, … – деді … Е.Жақып.`: the words between the dashes. */
function dashQuote(
  text: string,
  lineStart: number,
  line: string,
  lang: Lang,
  persons: readonly PersonHit[],
) {
  const opening = DASH_OPENING.exec(line);
  if (!opening) return null;
  const from = lineStart + opening[0].length;
  for (const m of line.matchAll(DASH_CLOSING)) {
    const at = lineStart + (m.index ?? 0);
    if (at <= from) continue;
    const verbEnd = speechVerbAt(text, at, lang);
    if (verbEnd < 0) continue;
    return attributed(trimmed(text, from, at), speakerAfter(text, verbEnd, from, persons, lang));
  }
  return trimmed(text, from, lineStart + line.length);
}

/**
 * Direct speech in `text` (a paragraph or a whole article): «…» followed by a verb of saying,
 * lines opening with a dash, and the paragraph after a caption line (`Асхат ОРАЛОВ, …:`).
 * The hit covers the quoted words without the marks; `speaker` is the person named after the
 * verb, the last person before the quote for `деді ол`, or the caption's speaker.
 *
 * @example findQuotes('«Біз дайынбыз», – деді Ерлан Қошанов.', 'kk')[0].speaker // 'Ерлан Қошанов'
 */
export function findQuotes(
  text: string,
  lang: Lang,
  // (The persons of the same text, when the caller already has them: they are not cheap.)
  persons: readonly PersonHit[] = findPersons(text, lang),
): QuoteHit[] {
  const quotes: QuoteHit[] = [];
  for (const span of quoteSpans(text)) {
    const close = text.indexOf('»', span.end);
    const verbEnd = close < 0 ? -1 : speechVerbAt(text, close + 1, lang);
    // Names and titles (`«Nur Otan» деп аталған`) are quoted too: speech has a few words at least.
    if (verbEnd < 0 || span.text.split(/\s+/u).length < MIN_WORDS) continue;
    quotes.push(attributed(span, speakerAfter(text, verbEnd, span.start, persons, lang)));
  }
  let caption: Caption | null = null;
  for (const { line, start } of lines(text)) {
    if (!line.trim()) continue;
    const own = parseCaption(line);
    if (own) {
      caption = own;
      continue;
    }
    const dash = dashQuote(text, start, line, lang, persons);
    const words = dash ?? (caption ? trimmed(text, start, start + line.length) : null);
    if (words && words.end > words.start) {
      quotes.push('speaker' in words || !caption ? words : attributed(words, caption));
    }
    caption = null;
  }
  return longestFirst(quotes);
}
