import type { CalParts, Reading } from '../../../dates/reading';
import type { TokenMatch } from '../../../dates/tagger';
import type { Token } from '../../../dates/tokenize';
import { readKkYearPart } from './kkCalendarTagger';
import { readKkDeictic } from './kkDeictic';
import { kkDecadeOfCenturyAt } from './kkDecadeOfCentury';
import { isKkGenitive } from './kkForm';
import { KK_MODIFIERS } from './kkLexicon';
import { kkMonthInContext, kkPlayingSeasonAt } from './kkMonthContext';
import { narrowKkPeriod } from './kkNarrowPeriod';
import { KK_ABLATIVE_WORD, KK_SAME_PERIOD, kkDayPartAt } from './kkTimeOfDay';
import { kkQuarterOrHalfAt } from './kkQuarterOrHalf';
import { readKkNumber } from './readKkNumber';
import { readKkWeekday } from './kkWeekday';
import {
  isKkSunAt,
  kkMonthAt,
  kkPartAt,
  kkSeasonAt,
  kkUnitAt,
  kkWeekdayAt,
  skipKkMonthWord,
} from './kkWordAt';

function readModified(tokens: readonly Token[], i: number): TokenMatch | null {
  const start = i;
  // "Сайлаудан кейінгі күні" (on the day after the election): the day after the event the word
  // before names, in the ablative (dates/nextDay.ts counts it from that event's day). Only the day:
  // "кейінгі жылдары" is "in recent years".
  if (
    tokens[i]?.low === 'кейінгі' &&
    /^күн(?:і|інде|де)$/u.test(tokens[i + 1]?.low ?? '') &&
    KK_ABLATIVE_WORD.test(tokens[i - 1]?.kind === 'word' ? tokens[i - 1]!.low : '')
  )
    return { from: i, to: i + 2, reading: { kind: 'rel', unit: 'D', offset: 1 } };
  if (tokens[i]?.low === 'дәл') i += 1;
  const mod = tokens[i]?.kind === 'word' ? KK_MODIFIERS.get(tokens[i]!.low) : undefined;
  if (mod === undefined) return null;
  // "Сол кеште", "сол түні", "дәл сол таңда" (that evening, night, morning): that day, as "сол
  // күні"; "келесі таңда", "келесі кеште": the next day, as "келесі күні" (kkTimeOfDay.ts). Not
  // after "ол", also "he" ("ол түнде жұмыс істеді": he worked at night).
  const low = tokens[i]!.low;
  if ((low === 'сол' || low === 'келесі') && kkDayPartAt(tokens, i + 1) > 0)
    return {
      from: start,
      to: i + 2,
      reading:
        low === 'сол' ? { kind: 'ref', ref: 'PRESENT_REF' } : { kind: 'rel', unit: 'D', offset: 1 },
    };
  // "сол жылдың қыркүйегінде", "сол жылғы 10 қаңтарда", "сол жылдың соңында": that year's
  // date is one phrase, as "осы жылдың 16 наурызынан" is (KazNERD); the date is read, and its
  // year is the story's (dates/nextDay.ts reads "сол жыл…" at the phrase's start).
  if (low === 'сол' && /^жыл(?:дың|ғы)$/u.test(tokens[i + 1]?.low ?? '')) {
    const rest = readKkYearPart(tokens, i + 2);
    if (rest && (rest.parts.month !== undefined || rest.parts.season !== undefined)) {
      const reading: Reading = { kind: 'cal', parts: rest.parts, end: rest.end, mod: rest.mod };
      return { from: start, to: rest.next, reading };
    }
    if (rest && Object.keys(rest.parts).length === 0 && rest.mod)
      return { from: start, to: rest.next, reading: { kind: 'ref', ref: 'PRESENT_REF' } };
  }
  // "Сол жылы", "сол айда" (that year, that month), alone: the year or the month just told
  // (dates/nextDay.ts); not before a date of that year ("сол жылы 5 мамырда", "сол жылғы 10
  // қаңтарда", "сол жылдың қыркүйегінде": the date is read, that year its year).
  if (low === 'сол' && KK_SAME_PERIOD.test(`сол ${tokens[i + 1]?.low ?? ''}`)) {
    const after = tokens[i + 2];
    const dated =
      after?.kind === 'number' || (after !== undefined && kkMonthAt(tokens, i + 2) !== null);
    if (!dated) return { from: start, to: i + 2, reading: { kind: 'ref', ref: 'PRESENT_REF' } };
  }
  if (/^с?ол$/u.test(low) && kkUnitAt(tokens, i + 1)?.value !== 'D') return null;
  if (tokens[i]!.low === 'ол' && /^бойы/u.test(tokens[i + 2]?.low ?? '')) return null;
  // "ол" is mostly "he": it is "that" only in "ол күні", "ол күнгі" (that day); "Ол күнде келеді"
  // is "he comes every day", "Ол күн көреді" "he gets by".
  if (low === 'ол' && !/^күн(?:і|гі)$/u.test(tokens[i + 1]?.low ?? '')) return null;
  // "соңғы бірнеше күнде" (the last few days): an unknown amount.
  const several = /^(?:бірнеше|бірер)$/u.test(tokens[i + 1]?.low ?? '');
  const n = several
    ? { value: Number.NaN, tail: '', ordinal: false, next: i + 2, endValue: undefined }
    : readKkNumber(tokens, i + 1);
  const amountOk = n && n.tail === '' && !n.ordinal;
  // "Осы екі жылда", "сол 2 жыл ішінде": a demonstrative before a count is not part of it.
  // ("биылғы сегіз айда", this year's eight months, keeps its modifier.)
  if (amountOk && /^(?:осы|с?ол)$/u.test(tokens[i]!.low)) return null;
  const j = amountOk ? n.next : i + 1;
  // "Өткен жұмада" is last Friday: "жұма" is a week only after a number ("3 жұма бұрын").
  const unit = amountOk || !/^жұма/u.test(tokens[j]?.low ?? '') ? kkUnitAt(tokens, j) : null;
  const dir =
    mod === -1 || mod === 'last' ? 'past' : mod === 0 || mod === 'that' ? undefined : 'future';
  if (!unit) {
    if (amountOk) return null;
    const found = kkMonthAt(tokens, j);
    const month = found && kkMonthInContext(tokens, j, found.value) ? found : null;
    // Friday is not in the weekday list ("Жұма" is also a name, "жұма намазы" a prayer); after a
    // modifier it is the day.
    const wd =
      kkWeekdayAt(tokens, j) ??
      (/^жұма(?:да|ға|дан|сы|сында|күні)?$/u.test(tokens[j]?.low ?? '')
        ? { value: 5, next: j + 1 }
        : null);
    // "қысқа" is also "short": as winter's dative it is read only after a modifier.
    const season =
      kkSeasonAt(tokens, j) ??
      (tokens[j]?.low === 'қысқа' ? { value: 'WI' as const, next: j + 1 } : null);
    const cal = month ?? wd ?? season;
    if (!cal) return playingSeason(tokens, start, j);
    const parts: CalParts = month
      ? { month: month.value }
      : wd
        ? { weekday: wd.value }
        : { season: season!.value };
    let to = cal.next;
    // After a modifier the month is named as a period: "өткен ақпан айында" (in last February)
    // takes its "айында" whole, as "2022 жылғы наурыз айында" does ("осы қаңтар айына", for this
    // January, is the month's amount, not its time).
    // (A month or season with its own "өткен"/"келесі" is never this one: "өткен мамырда".)
    const strict = dir && !wd ? { strict: true as const } : {};
    // ("өткен наурыз айының соңында": the end of last March.)
    const ofMonth = 'month' in parts && /^ай[ыі]ның$/u.test(tokens[to]?.low ?? '');
    const part = ofMonth ? kkPartAt(tokens, to + 1) : null;
    if (part)
      return {
        from: start,
        to: part.next,
        reading: { kind: 'cal', parts, mod: part.value, ...(dir && { dir }), ...strict },
      };
    if ('month' in parts) to = tokens[to]?.low === 'айында' ? to + 1 : skipKkMonthWord(tokens, to);
    // "биылғы қазанда", "былтырғы наурызда", "биылғы көктемде": the month or season of this or
    // last year, whatever the verb's tense says ("биылғы қазанда өткізуге уағдаласты" is this October, not last year's).
    // (Two months joined, "былтырғы қазан мен қараша", stay one range of months, as before.)
    const joined = /^(?:мен|бен|пен)$/u.test(tokens[to]?.low ?? '');
    if (
      (month || !wd) &&
      !joined &&
      typeof mod === 'number' &&
      /^(?:биыл|былтыр)ғы$/u.test(tokens[i]!.low)
    ) {
      const ofYear = narrowKkPeriod(
        tokens,
        { from: start, to: i + 1, reading: { kind: 'rel', unit: 'Y', offset: mod } },
        true,
      );
      if (ofYear.to >= to) return ofYear;
    }
    // "осы көктемде": this year's spring whatever the verb's tense ("Осы көктемде сайлау өтеді"
    // written in May is not next spring). Winter, which spans the new year, is the one under
    // way, else left to the tense.
    if (mod === 0 && 'season' in parts && parts.season !== 'WI')
      return { from: start, to, reading: { kind: 'rel', unit: 'Y', offset: 0, then: parts } };
    if (mod === 0 && 'season' in parts)
      return { from: start, to, reading: { kind: 'cal', parts, current: true } };
    return { from: start, to, reading: { kind: 'cal', parts, ...(dir && { dir }), ...strict } };
  }
  if (isKkSunAt(tokens, j)) return null;
  const u = unit.value;
  // "алғашқы жылдарында", "алғашқы минуттарда": the first years or minutes of something else.
  if (mod === 'that' && !amountOk && (u === 'Y' || u === 'H' || u === 'MIN')) return null;
  let reading: Reading;
  if (amountOk)
    reading = {
      kind: 'dur',
      unit: u,
      ...(!several && { amount: n.value }),
      ...(n.endValue !== undefined && { endAmount: n.endValue }),
    };
  // "алдағы айларда", "келесі жылдары": some coming months or years, not the next one.
  else if ((mod === 'next' || mod === 1) && /(?:лар|лер|дар|дер|тар|тер)/u.test(unit.low))
    reading = { kind: 'ref', ref: 'FUTURE_REF' };
  else if (typeof mod === 'number') reading = { kind: 'rel', unit: u, offset: mod };
  else if (mod === 'next') reading = { kind: 'rel', unit: u, offset: 1 };
  else reading = { kind: 'ref', ref: mod === 'last' ? 'PAST_REF' : 'PRESENT_REF' };
  // "өткен жылғы 16 наурызда": an attributive year, like a genitive one, names a part of it.
  const attributive = u === 'Y' && /(?:ғы|гі)$/u.test(unit.low);
  return narrowKkPeriod(
    tokens,
    { from: start, to: unit.next, reading },
    unit.genitive || attributive,
  );
}

/**
 * "биылғы маусымда", "былтырғы маусымда" (this, last year's season of play) where "маусым" is
 * not read as June: the attributive year takes the season as its head, as it takes "жылы", and
 * KazNERD marks the two as one date. Other modifiers stay apart: "келер маусымда" (next season)
 * is left unmarked there, and "алғашқы маусымы" (a show's first season) is no time.
 */
const SEASON_YEARS: ReadonlyMap<string, number> = new Map([
  ['биылғы', 0],
  ['былтырғы', -1],
]);
function playingSeason(tokens: readonly Token[], start: number, j: number): TokenMatch | null {
  const offset = SEASON_YEARS.get(tokens[j - 1]?.low ?? '');
  const to = offset === undefined ? null : kkPlayingSeasonAt(tokens, j);
  if (to === null) return null;
  return { from: start, to, reading: { kind: 'ref', ref: offset ? 'PAST_REF' : 'PRESENT_REF' } };
}

/**
 * "Жыл басынан бері", "жылдың аяғына дейін": a part of the current year; "жылдың бірінші
 * жартысында", "бірінші тоқсанда", "2-тоқсанда": its quarter or half, the year unnamed.
 */
function readYearPart(tokens: readonly Token[], i: number): TokenMatch | null {
  const t = tokens[i];
  const of = t?.low === 'жылдың' ? i + 1 : i;
  const quarter = kkQuarterOrHalfAt(tokens, of);
  // "соңғы тоқсанда" alone is the latest quarter as often as the fourth; "екінші жартысында"
  // (the second half of it) is the year's unless a genitive names its owner ("матчтың").
  const owned =
    /^жартыс/u.test(tokens[(quarter?.next ?? i) - 1]?.low ?? '') &&
    isKkGenitive(tokens[i - 1]?.kind === 'word' ? tokens[i - 1]!.low : '');
  const bare = of === i && (tokens[i]?.low === 'соңғы' || owned);
  if (quarter && !bare) {
    const reading: Reading = { kind: 'cal', parts: { yearPart: quarter.part } };
    return { from: i, to: quarter.next, reading };
  }
  if (t?.low !== 'жыл' && t?.low !== 'жылдың') return null;
  const part = kkPartAt(tokens, i + 1);
  return part
    ? { from: i, to: part.next, reading: { kind: 'rel', unit: 'Y', offset: 0, mod: part.value } }
    : null;
}

/**
 * Dates relative to the publication: "бүгін", "былтыр", "өткен жылдың көктемінде",
 * "осы айда", "келесі жылы", "соңғы 10 жылда", "өткен ғасырдың 60-ыншы жылдары", "сәрсенбі".
 */
export function kkRelativeTagger(tokens: readonly Token[], i: number): TokenMatch | null {
  const decade = readCenturyDecade(tokens, i);
  if (decade) return decade;
  // "биылғы" is both a word for this year and a modifier ("биылғы сегіз айда"): keep the longer.
  let found: TokenMatch | null = null;
  for (const m of [readYearPart(tokens, i), readKkDeictic(tokens, i), readModified(tokens, i)])
    if (m && (!found || m.to > found.to)) found = m;
  return found ?? readKkWeekday(tokens, i);
}

/** "өткен ғасырдың 60-ыншы жылдары": a decade of the previous century. */
function readCenturyDecade(tokens: readonly Token[], i: number): TokenMatch | null {
  const m = readModified(tokens, i);
  if (!m || m.reading.kind !== 'rel' || m.reading.unit !== 'C') return null;
  const d = kkDecadeOfCenturyAt(tokens, m.to);
  // (Two decades, "өткен ғасырдың 60-70 жылдары", are read as of the 20th century on their own.)
  if (!d || d.endDecade !== undefined) return m;
  const reading: Reading = { ...m.reading, then: { decadeOfCentury: d.decade } };
  return { from: i, to: d.next, reading: d.mod ? { ...reading, mod: d.mod } : reading };
}
