/**
 * The deictic words of kkRelativeTagger.ts, with the head noun or the part of the period they
 * name ("бүгінгі күні", "биылғы 5 маусымда", "биылдың көктемінде").
 */
import type { Reading } from '../../../dates/reading';
import type { TokenMatch } from '../../../dates/tagger';
import type { Token } from '../../../dates/tokenize';
import { readKkYearPart } from './kkCalendarTagger';
import { isKkForm } from './kkForm';
import { KK_DAY_AFTER_TOMORROW } from './kkLexicon';
import { narrowKkPeriod } from './kkNarrowPeriod';
import { kkUnitAt } from './kkWordAt';

/** Deictic words: бүгін (today), кеше (yesterday), ертең (tomorrow), биыл, былтыр. */
function deictic(low: string): Reading | null {
  if (low === 'бүгінде') return { kind: 'ref', ref: 'PRESENT_REF' };
  if (isKkForm(low, 'бүгін')) return { kind: 'rel', unit: 'D', offset: 0 };
  // "кешен…" (complex) shares the stem, so only these forms are yesterday.
  if (['кеше', 'кешегі', 'кешеден', 'кешеге'].includes(low))
    return { kind: 'rel', unit: 'D', offset: -1 };
  // "ертесі(не)", the next day of a story: read as a day after, counted from the day told before
  // by dates/nextDay.ts.
  if (isKkForm(low, 'ертең') || isKkForm(low, 'ертесі'))
    return { kind: 'rel', unit: 'D', offset: 1 };
  if (KK_DAY_AFTER_TOMORROW.some((stem) => isKkForm(low, stem)))
    return { kind: 'rel', unit: 'D', offset: 2 };
  if (isKkForm(low, 'биыл')) return { kind: 'rel', unit: 'Y', offset: 0 };
  if (isKkForm(low, 'былтыр')) return { kind: 'rel', unit: 'Y', offset: -1 };
  return null;
}

/**
 * The day before yesterday, "арғы күні" (the further day), and its attribute "арғы күнгі": two
 * words, the second "күн" with the possessive, the attributive, the dative or the ablative.
 */
const DAY_BEFORE_YESTERDAY_DAY = /^күн(?:і|гі|ге|нен)$/u;
function dayBeforeYesterday(tokens: readonly Token[], i: number): TokenMatch | null {
  const day = tokens[i + 1];
  if (tokens[i]?.low !== 'арғы' || day?.kind !== 'word' || !DAY_BEFORE_YESTERDAY_DAY.test(day.low))
    return null;
  return { from: i, to: i + 2, reading: { kind: 'rel', unit: 'D', offset: -2 } };
}

export function readKkDeictic(tokens: readonly Token[], i: number): TokenMatch | null {
  const before = dayBeforeYesterday(tokens, i);
  if (before) return before;
  const t = tokens[i];
  const reading = t?.kind === 'word' ? deictic(t.low) : null;
  if (!t || !reading) return null;
  let to = i + 1;
  if (
    tokens[to]?.kind === 'dash' &&
    tokens[to + 1]?.kind === 'word' &&
    deictic(tokens[to + 1]!.low)
  )
    to += 2;
  let genitive = /(?:ның|нің|дың|дің)$/u.test(t.low);
  // "бүгінгі күні", "бүгінгі таңда", "биылғы жылдың": an attributive form takes its head noun.
  if (/(?:ғы|гі)$/u.test(t.low)) {
    const head = kkUnitAt(tokens, to);
    const isTaң = tokens[to]?.kind === 'word' && isKkForm(tokens[to]!.low, 'таң');
    if (head && (head.value === 'Y' || head.value === 'D')) {
      genitive = head.genitive;
      to = head.next;
    } else if (isTaң) to += 1;
    // "биылғы 5 маусымда" (on 5 June this year), "биылғы бірінші тоқсанда" (in this year's first
    // quarter): the attributive year names its day or its quarter. (A month alone, "былтырғы
    // қазан мен қараша", is read by readModified as a month range.)
    else if (reading.kind === 'rel' && reading.unit === 'Y') {
      const part = readKkYearPart(tokens, to)?.parts;
      genitive = part?.day !== undefined || part?.yearPart !== undefined;
    }
  }
  return narrowKkPeriod(tokens, { from: i, to, reading }, genitive);
}
