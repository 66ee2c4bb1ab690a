import type { Reading } from '../../../dates/reading';
import { kkSpanByVerbs } from './kkSpanVerbs';
import type { Grammar, TokenMatch } from '../../../dates/tagger';
import type { Token } from '../../../dates/tokenize';
import { rubricYearTagger } from '../../common/rubricYearTagger';
import { yearListTagger } from '../../common/yearListTagger';
import { guessKkDirection } from './guessKkDirection';
import { kkCalendarTagger } from './kkCalendarTagger';
import { joinKkDashDates } from './kkDashRange';
import { kkCenturyTagger } from './kkCenturyTagger';
import { readRoman } from '../../common/readRoman';
import { kkDurationTagger } from './kkDurationTagger';
import { createMayStart } from '../../../dates/createMayStart';
import { createAnchorTest } from '../../../dates/findRegions';
import { isKkAnchor, KK_ANCHOR_STEMS } from './kkAnchor';
import {
  KK_DAY_AFTER_TOMORROW,
  KK_MODIFIERS,
  KK_MONTHS,
  KK_NUMBERS,
  KK_POSTPOSITIONS,
  KK_SEASONS,
  KK_UNITS,
  KK_WEEKDAYS,
} from './kkLexicon';
import { kkRelativeTagger } from './kkRelativeTagger';
import { isInKkWorkTitle } from './kkWorkTitle';
import { kkMonthHeadings } from './kkMonthHeading';
import { ruCalendarTagger } from '../../ru/dates/ruCalendarTagger';
import { kkMonthAt } from './kkWordAt';
import { readKkNumber } from './readKkNumber';
import { KK_VERBAL_NOUN } from '../events/phrase';

const LOCATIVE = /(?:да|де|та|те)$/u;

const ABLATIVE = /(?:нан|нен|дан|ден|тан|тен)$/u;
/** Ablatives that are now itself: "бүгіннен бастап екі айдан соң" counts from today. */
const NOW = /^(?:бүгіннен|қазірден|осыдан|бұдан|ертеңнен|кешеден)$/u;

/** An act in the ablative just before, with "кейін", "соң" or "бастап" or without: "жарияланғаннан
 * кейін", "күшіне енген күнінен бастап", "сайлаудан". */
function afterAnotherAct(tokens: readonly Token[], from: number): boolean {
  const prev = tokens[from - 1]?.low ?? '';
  const act = /^(?:кейін|соң|бастап)$/u.test(prev) ? (tokens[from - 2]?.low ?? '') : prev;
  return ABLATIVE.test(act) && !NOW.test(act);
}

/** Takes the postpositions after a match: "2 жыл бұрын" (ago), "бүгінге дейін", "20 жылға жуық". */
function extendKk(tokens: readonly Token[], match: TokenMatch): TokenMatch {
  let { to, reading } = match;
  for (;;) {
    const t = tokens[to];
    const post = t?.kind === 'word' ? KK_POSTPOSITIONS.get(t.low) : undefined;
    if (!post) break;
    // "жуық", "астам", "аса" (nearly, over) qualify amounts: "бүгінде аса" is "today, very".
    const qualifiesAmount = post.mod === 'MORE_THAN' || t!.low === 'жуық';
    if (qualifiesAmount && reading.kind !== 'dur' && reading.kind !== 'shift') break;
    // "бұрын", "кейін", "соң" govern the ablative ("5 маусымнан кейін") or a bare amount ("2 жыл
    // бұрын"); after a date in the locative they start the next phrase: "3 сәуірде бұрынғы әкімді".
    if (post.shift && reading.kind !== 'dur' && LOCATIVE.test(tokens[to - 1]?.low ?? '')) break;
    if (post.shift && reading.kind === 'dur') {
      reading = {
        kind: 'shift',
        unit: reading.unit,
        amount: reading.amount,
        direction: post.shift,
      };
    }
    if (post.mod && reading.kind !== 'set' && !reading.mod) reading = { ...reading, mod: post.mod };
    if (post.dir && reading.kind === 'cal' && !reading.dir) reading = { ...reading, dir: post.dir };
    to += 1;
  }
  // "ресми жарияланғаннан кейін алты айдан соң": counted from an act the text names, not from
  // today; a span of time, not a date of its own.
  if (reading.kind === 'shift' && afterAnotherAct(tokens, match.from))
    reading = { kind: 'dur', unit: reading.unit, amount: reading.amount };
  // "27-нші наурыз бен 4-інші сәуір аралығында": two dates joined into one range.
  const joined = ['мен', 'бен', 'пен'].includes(tokens[to]?.low ?? '')
    ? kkCalendarTagger(tokens, to + 1)
    : null;
  if (reading.kind === 'cal' && joined?.reading.kind === 'cal') {
    const k = tokens[joined.to]?.low === 'күндері' ? joined.to + 1 : joined.to;
    if (tokens[k]?.low === 'аралығында')
      return { from: match.from, to: k + 1, reading: { ...reading, end: joined.reading.parts } };
  }
  // "28 ақпан – 3 наурыз": two dates joined by a dash, then what follows the second.
  const dashed = joinKkDashDates(tokens, to, reading, (k) => kkCalendarTagger(tokens, k));
  if (dashed) return extendKk(tokens, { ...dashed, from: match.from });
  const range = joinDayRange(tokens, to, reading) ?? joinMonths(tokens, to, reading);
  if (range) return { ...range, from: match.from };
  // "3 жастан 6 жасқа дейінгі": a range written as from-duration to-duration.
  const last = tokens[to - 1]?.low ?? '';
  if (reading.kind === 'dur' && /(?:нан|нен|дан|ден|тан|тен)$/u.test(last)) {
    const upTo = kkDurationTagger(tokens, to);
    if (upTo?.reading.kind === 'dur' && upTo.reading.unit === reading.unit) {
      const grown = extendKk(tokens, upTo);
      return {
        from: match.from,
        to: grown.to,
        reading: { ...reading, endAmount: upTo.reading.amount },
      };
    }
  }
  return { from: match.from, to, reading };
}

const AND = new Set(['мен', 'бен', 'пен']);

/** A case ending on the last day of a list, which the whole list takes: "21-інде", "бірінен". */
const DAY_CASE = /(?:да|де|та|те|ға|ге|қа|ке|на|не|нан|нен|дан|ден|тан|тен)$/u;

/**
 * "наурыздың 5-і мен 14-і аралығында": the second day of a range under the same month. Without
 * "аралығында", two days joined (by "мен" or "және") are one date when the second bears the
 * case of both ("мамырдың 20-сы мен 21-інде", on the 20th and 21st) or "күндері" follows.
 */
function joinDayRange(tokens: readonly Token[], to: number, r: Reading): TokenMatch | null {
  const and = tokens[to]?.low ?? '';
  if (r.kind !== 'cal' || r.end || r.parts.day === undefined) return null;
  if (!AND.has(and) && and !== 'және') return null;
  const day = readKkNumber(tokens, to + 1);
  if (!day || day.value <= r.parts.day || day.value > 31 || day.endValue !== undefined) return null;
  const k = tokens[day.next]?.low === 'күндері' ? day.next + 1 : day.next;
  const reading = { ...r, end: { day: day.value } };
  if (tokens[k]?.low === 'аралығында') return { from: to, to: k + 1, reading };
  if (k > day.next || (!day.ordinal && DAY_CASE.test(day.tail)))
    return extendKk(tokens, { from: to, to: k, reading });
  return null;
}

/**
 * "қазан мен қараша" (October and November): KazNERD marks two joined months as one span. Not two
 * parts of months ("наурыздың аяғы мен сәуірдің ортасына": the end of March and mid-April), nor a
 * month in the genitive, which owns the next word ("сәуірдің ортасы").
 */
function joinMonths(tokens: readonly Token[], to: number, r: Reading) {
  if (
    r.kind !== 'cal' ||
    r.end ||
    r.mod ||
    r.parts.day !== undefined ||
    r.parts.month === undefined
  )
    return null;
  if (!AND.has(tokens[to]?.low ?? '')) return null;
  const second = kkMonthAt(tokens, to + 1);
  if (!second || second.value <= r.parts.month || readKkNumber(tokens, second.next)) return null;
  if (/(?:ның|нің|дың|дің|тың|тің)$/u.test(tokens[second.next - 1]?.low ?? '')) return null;
  return { to: second.next, reading: { ...r, end: { month: second.value } } };
}

/** "14 сентября 2022": Kazakh sites print Russian datelines; only a day with a Russian month is
 * taken, since bare Russian month forms ("март", "мая") are rare and ambiguous in Kazakh text. */
function russianDayMonthTagger(tokens: readonly Token[], i: number): TokenMatch | null {
  if (tokens[i]?.kind !== 'number') return null;
  const m = ruCalendarTagger(tokens, i);
  return m?.reading.kind === 'cal' && m.reading.parts.day !== undefined ? m : null;
}

/** Every word a Kazakh tagger may start with (see each tagger's first token). */
const mayStartWord = createMayStart([
  ...[KK_MONTHS, KK_NUMBERS, KK_UNITS, KK_SEASONS, KK_WEEKDAYS, KK_MODIFIERS].flatMap((m) => [
    ...m.keys(),
  ]),
  ...['бүгін', 'кеше', 'ертең', 'биыл', 'былтыр', 'дәл', 'жыл', 'күнде', 'күнделікті'],
  ...[...KK_DAY_AFTER_TOMORROW, 'арғы'],
  ...['бірнеше', 'бірер', 'біраз', 'көп', 'талай', 'шамамен', 'шамасы', 'тура', 'кем', 'жарты'],
]);

/** Kazakh: centuries and calendar dates first (they win ties), then relative dates, then
 * durations and sets. */
export const kkGrammar: Grammar = {
  taggers: [
    kkCenturyTagger,
    kkCalendarTagger,
    kkRelativeTagger,
    kkDurationTagger,
    rubricYearTagger,
    yearListTagger,
    russianDayMonthTagger,
  ],
  isAnchor: createAnchorTest(KK_ANCHOR_STEMS, isKkAnchor),
  // Roman numerals start centuries ("XXI ғасыр").
  mayStart: (low) => mayStartWord(low) || (/^[xivхі]/u.test(low) && readRoman(low) !== undefined),
  extend: extendKk,
  inName: isInKkWorkTitle,
  headings: kkMonthHeadings,
  direction: guessKkDirection,
  spanByVerbs: kkSpanByVerbs,
  // A verbal noun names the act: "15 наурызға тағайындау туралы Жарлыққа қол қойған".
  untensedAfter: new RegExp(String.raw`^\s+${KK_VERBAL_NOUN}(?![\p{L}])`, 'u'),
};
