import type { CalParts } from '../../../dates/reading';
import type { TokenMatch } from '../../../dates/tagger';
import type { Token } from '../../../dates/tokenize';
import { lastOfDayList, type ReadDay } from '../../common/dayList';
import { isKkGenitive } from './kkForm';
import {
  isAyWord,
  isKkCountableMonth,
  isKkMonthPlaceName,
  isKkSeasonOfOwner,
  kkMonthCapitalisedName,
  kkMonthInContext,
} from './kkMonthContext';
import { kkCountedStretchAt } from './kkCountedStretch';
import { kkListedHeadingAt } from './kkListedHeading';
import { bareYearHeadingAt } from '../../common/listedHeading';
import { kkOrdinalPartAt } from './kkOrdinalPart';
import { kkQuarterOrHalfAt } from './kkQuarterOrHalf';
import { KK_MONTHS } from './kkLexicon';
import { isKkYearCount } from './kkYearCount';
import { kkTrailingYearAt } from './kkTrailingYear';
import { kkShortYearRange, skipKkYearKind } from './kkYearSpan';
import { kkDecadeRange } from './kkDecadeRange';
import { endsYearList, glueDash, shortYear } from './kkYearForm';
import { readKkNumber } from './readKkNumber';
import { kkAbbreviatedMonthFirstAt, kkMonthAbbreviationAt } from './kkMonthAbbreviation';
import { kkMonthAt, kkPartAt, kkSeasonAt, kkYearWordAt, skipKkMonthWord } from './kkWordAt';

const isYear = (v: number) => v >= 1000 && v <= 2100;
const isDay = (v: number | undefined) => v === undefined || (v >= 1 && v <= 31);

/** What may follow a year or a relative year in the genitive: day+month, month, season, part. */
export function readKkYearPart(
  tokens: readonly Token[],
  i: number,
): { parts: CalParts; end?: CalParts; mod?: string; next: number } | null {
  // First, as "бірінші жартысында" would otherwise be read as the middle ("жарты") of the year.
  const quarter = kkQuarterOrHalfAt(tokens, i);
  if (quarter) return { parts: { yearPart: quarter.part }, next: quarter.next };
  // "2020 жылдың соңғы аптасында", "өткен жылдың алғашқы айларында": a stretch of the year.
  const genitive = isKkGenitive(tokens[i - 1]?.low ?? '');
  const stretch = genitive ? kkOrdinalPartAt(tokens, i) : null;
  if (stretch) return { parts: {}, mod: stretch.mod, next: stretch.next };
  // "2020 жылдың 9 айында", "өткен жылдың алғашқы тоғыз айында": months counted from its start.
  const counted = genitive ? kkCountedStretchAt(tokens, i) : null;
  if (counted) return { parts: {}, next: counted };
  const dm = readKkDayMonth(tokens, i);
  if (dm) return dm;
  const month = readKkMonth(tokens, i, true);
  if (month) return month;
  const season = kkSeasonAt(tokens, i);
  if (season) return { parts: { season: season.value }, next: season.next };
  const ord = readKkNumber(tokens, i);
  const part = kkPartAt(tokens, ord?.ordinal && ord.tail === '' ? ord.next : i);
  if (part) return { parts: {}, mod: part.value, next: part.next };
  return null;
}

/**
 * "5 наурыз", "24-інші қарашада", "16-наурызда", "15–16 наурыз", "қаңтардың 10-ына". `alone`: no
 * year owns the date (readKkYearPart reads "2019 жылдың 12-нші маусымында"), so the possessive
 * "маусым" may be another noun's season (isKkSeasonOfOwner).
 */
function readKkDayMonth(tokens: readonly Token[], i: number, alone = false) {
  const n = readKkNumber(tokens, i);
  // A day before its month is said as an ordinal ("бесінші маусым", "он бесінші қазан"); before
  // a month that is also a countable noun a cardinal in words counts it ("бес маусым бойы", five
  // seasons; "он қазан палау", ten cauldrons), unless the ordinal ending closes its range or
  // list ("жиырма бес – жиырма алтыншы қазан"). Digits ("5 маусым") do not show which they are,
  // save before a word of length ("5 маусым бойы", "3 маусым қатарынан": for 5, 3 seasons).
  const counted =
    n !== null &&
    !n.ordinal &&
    (n.digits === undefined || COUNT_WORD.test(tokens[n.next + 1]?.low ?? ''));
  if (n && n.tail === '' && isDay(n.value) && isDay(n.endValue)) {
    const j = tokens[n.next]?.kind === 'dash' && tokens[n.next]!.glued ? n.next + 1 : n.next;
    const month = kkMonthAt(tokens, j, true) ?? kkMonthAbbreviationAt(tokens, j);
    const countable = (m: { low: string }) => counted && isKkCountableMonth(m.low);
    const seasonOf = (m: { low: string }) => alone && isKkSeasonOfOwner(tokens, i, m.low);
    if (month && !countable(month) && !seasonOf(month)) {
      const end = n.endValue !== undefined ? { day: n.endValue } : undefined;
      return { parts: { month: month.value, day: n.value }, end, next: month.next };
    }
    // "5 және 6 мамырда", "5, 6 және 7 мамырда": a list of later days, one span from the first.
    const list =
      n.endValue === undefined
        ? lastOfDayList(tokens, j, n.value, kkListDay, (w) => KK_AND.test(w))
        : null;
    const listMonth = list && kkMonthAt(tokens, list.next, true);
    const ordinalLast = readKkNumber(tokens, (list?.next ?? 0) - 1)?.ordinal === true;
    if (list && listMonth && !seasonOf(listMonth) && (!countable(listMonth) || ordinalLast))
      return {
        parts: { month: listMonth.value, day: n.value },
        end: { day: list.day },
        next: listMonth.next,
      };
  }
  const month = kkMonthAt(tokens, i);
  // "наурыз айының 19-ы": the genitive may sit on the word "ай" after the month's name.
  const ayGenitive =
    month && !month.genitive && /^ай(?:ы|)ның$/u.test(tokens[month.next]?.low ?? '');
  if (month?.genitive || ayGenitive) {
    const d = readKkNumber(tokens, ayGenitive ? month!.next + 1 : month!.next);
    // ("қазан айының екінші жартысында": an ordinal before a stretch is no day.)
    const stretch = kkOrdinalPartAt(tokens, ayGenitive ? month!.next + 1 : month!.next);
    if (d && !stretch && isDay(d.value) && isDay(d.endValue)) {
      const end = d.endValue !== undefined ? { day: d.endValue } : undefined;
      return { parts: { month: month.value, day: d.value }, end, next: skipDayWord(tokens, d) };
    }
  }
  // "қаң. 5-інде", "наур. 8-і": an abbreviated month, then its day.
  const short = kkAbbreviatedMonthFirstAt(tokens, i);
  if (!short) return null;
  const end = short.endDay !== undefined ? { day: short.endDay } : undefined;
  return { parts: { month: short.month, day: short.day }, end, next: short.next };
}

/**
 * "қазанның 5-жұлдызында", "қазан айының бесінші жұлдызы": "жұлдыз" (star) with a possessive is
 * the day of the month, the word that bears the date's case; the index after it.
 */
function skipDayWord(tokens: readonly Token[], d: { tail: string; next: number }): number {
  const dash = d.tail === '' && tokens[d.next]?.kind === 'dash' && tokens[d.next]!.glued ? 1 : 0;
  const w = tokens[d.next + dash];
  const day = w?.kind === 'word' && (dash === 0 || w.glued) && /^жұлдыз[ыі]/u.test(w.low);
  return day ? d.next + dash + 1 : d.next;
}

/** Words of length after a count: "бойы", "бойына" (for), "қатарынан" (in a row), "ішінде". */
const COUNT_WORD = /^(?:бойы|бойына|қатарынан|ішінде)$/u;

/** A bare day number in a list: "6" in "5, 6 және 7 мамырда" (no case ending, no range). */
const kkListDay: ReadDay = (tokens, i) => {
  const d = readKkNumber(tokens, i);
  return d && d.tail === '' && d.endValue === undefined && isDay(d.value)
    ? { day: d.value, next: d.next }
    : null;
};
const KK_AND = /^(?:және|мен|бен|пен)$/u;

/**
 * "наурыз", "қаңтар-маусым", "қаңтар – ақпандағы", "сәуір айының ортасында", "желтоқсанның
 * соңы". Inside a year or a relative period (`named`) "айында" belongs to the month.
 */
function readKkMonth(tokens: readonly Token[], i: number, named = false) {
  // (After a year, "маусымы" is that year's June, not a season of work: "2022 жылдың маусымында".)
  const month = kkMonthAt(tokens, i, named);
  if (!month || (!named && !kkMonthInContext(tokens, i, month.value))) return null;
  // ("2024 жылы Қазанда өтті": in Kazan, after the year too.)
  if (named && kkMonthCapitalisedName(tokens, i, month.value)) return null;
  let next = month.next;
  let end: CalParts | undefined;
  const second = tokens[next]?.kind === 'dash' ? kkMonthAt(tokens, next + 1) : null;
  // ("қараша – ақпан айларында": an end month before the start is across the year end, as in
  // Russian "в октябре-январе"; resolveCal puts it in the next year.)
  if (second && second.value !== month.value) {
    end = { month: second.value };
    next = second.next;
  }
  const ay = tokens[next]?.kind === 'word' && /^ай(?:[ыі]|$)/u.test(tokens[next]!.low);
  const part = kkPartAt(tokens, ay ? next + 1 : next);
  // ("мамыр басында", as "жыл басында": the bare noun before its part is a compound's first half.)
  if (part && (ay || month.genitive || KK_MONTHS.has(tokens[next - 1]!.low)))
    return { parts: { month: month.value }, end, mod: part.value, next: part.next };
  // "қыркүйек айының соңғы аптасында", "мамырдың алғашқы күндерінде": a stretch of the month.
  const ofMonth = month.genitive || (ay && /н[ыі]ң$/u.test(tokens[next]!.low));
  const stretch = ofMonth ? kkOrdinalPartAt(tokens, ay ? next + 1 : next) : null;
  if (stretch) return { parts: { month: month.value }, end, mod: stretch.mod, next: stretch.next };
  next = named && ay ? next + 1 : skipKkMonthWord(tokens, next);
  return { parts: { month: month.value }, end, next };
}

/** A year in digits or words followed by "жыл…"/"ж.", then whatever part of it is named. */
function readKkYear(tokens: readonly Token[], i: number): TokenMatch | null {
  const read = readKkNumber(tokens, i);
  const found = (read && kkShortYearRange(tokens, read)) ?? read;
  const decades = read && kkDecadeRange(tokens, i, read);
  if (decades) return decades;
  const n = found && found.endValue === undefined ? shortYear(tokens, found) : found;
  if (!n || !isYear(n.value)) return null;
  if (n.digits === undefined && !n.ordinal && n.value < 1900) return null; // "мың жыл": a duration
  // ("2020-2021 оқу жылында": the school year, named between the years and "жыл".)
  const at = skipKkYearKind(tokens, glueDash(tokens, n.next) ? n.next + 1 : n.next);
  if (isKkYearCount(tokens, at)) return null; // "2000 жылдық тарих": a count, read as a duration
  const word = n.tail === '' ? kkYearWordAt(tokens, at) : null;
  if (!word) {
    // "2017-де" (in 2017): a locative year without "жыл"; other cases are counts ("2000-нан астам").
    const located = n.value >= 1990 && /^(?:н?да|н?де|та|те)$/u.test(n.tail);
    return located
      ? { from: i, to: n.next, reading: { kind: 'cal', parts: { year: n.value } } }
      : null;
  }
  let next = word.next;
  if (/^жж?$/u.test(word.low) && tokens[next]?.text === '.' && tokens[next]!.glued) next += 1;
  const end = n.endValue !== undefined ? { year: n.endValue } : undefined;
  if (/^жыл(?:дар|лар)/u.test(word.low) && n.value % 10 === 0 && !end && !endsYearList(tokens, i)) {
    // "90-ыншы жылдардың басында": a part of the decade.
    const part = word.genitive || word.low === 'жылдар' ? kkPartAt(tokens, next) : null;
    const parts = { decade: n.value / 10 };
    if (part) return { from: i, to: part.next, reading: { kind: 'cal', parts, mod: part.value } };
    return { from: i, to: next, reading: { kind: 'cal', parts } };
  }
  const rest = /^(?:ж|жыл|жылы|жылғы|жылдың)$/u.test(word.low)
    ? readKkYearPart(tokens, next)
    : null;
  // "2021 жылы қыркүйекте": "жылы" ends an adverbial of its own, and a month or season after it
  // is a second one, as after "өткен жылы" ("Өткен жылы қарашада"); KazNERD marks them apart. A
  // day joins it ("1965 жылы 4 мамырда"), as do the genitive and the attributive, and so does a
  // month that alone would not read as one ("2021 жылы маусымда": June only after the year).
  if (
    rest &&
    word.low === 'жылы' &&
    rest.parts.day === undefined &&
    !rest.mod &&
    !rest.parts.yearPart &&
    kkCalendarTagger(tokens, next)?.to === rest.next
  )
    return { from: i, to: next, reading: { kind: 'cal', parts: { year: n.value }, end } };
  if (rest) {
    const reading = {
      kind: 'cal' as const,
      parts: { year: n.value, ...rest.parts },
      end: rest.end,
      mod: rest.mod,
    };
    return { from: i, to: rest.next, reading };
  }
  return { from: i, to: next, reading: { kind: 'cal', parts: { year: n.value }, end } };
}

/** "Қазан 7, 2022": month first, as English-style headers write it; the year is required. */
function readMonthFirst(tokens: readonly Token[], i: number): TokenMatch | null {
  const month = kkMonthAt(tokens, i, true);
  const day = tokens[i + 1];
  const year = tokens[i + 3];
  if (!month || day?.kind !== 'number' || !isDay(Number(day.text)) || day.text.length > 2)
    return null;
  if (tokens[i + 2]?.text !== ',' || year?.kind !== 'number' || year.text.length !== 4) return null;
  if (!isYear(Number(year.text))) return null;
  const parts = { month: month.value, day: Number(day.text), year: Number(year.text) };
  return { from: i, to: i + 4, reading: { kind: 'cal', parts } };
}

/**
 * Calendar dates in Kazakh order (year, month, day): "2024 жылғы 5 наурызда", "2013-інші
 * жылдың 29-ыншы қаңтарында", "екі мың жиырмасыншы жылы", "01 наурыз 2022", "қаңтар айынан".
 */
export function kkCalendarTagger(tokens: readonly Token[], i: number): TokenMatch | null {
  // (First: the year of "2022 жыл, маусым" would end at the comma.)
  const heading = kkListedHeadingAt(tokens, i) ?? bareYearHeadingAt(tokens, i);
  if (heading) return heading;
  const year = readKkYear(tokens, i);
  if (year) return year;
  const monthFirst = readMonthFirst(tokens, i);
  if (monthFirst) return monthFirst;
  const part = readKkDayMonth(tokens, i, true) ?? readKkMonth(tokens, i);
  if (part && isKkMonthPlaceName(tokens, part.next)) return null;
  if (part) {
    // A trailing year: "01 наурыз 2022", "21 сәу, 2022", "5-інші маусым 2024-інші жылы".
    const comma = tokens[part.next]?.text === ',' && 'day' in part.parts ? 1 : 0;
    const y = kkTrailingYearAt(tokens, part.next + comma);
    if (y) {
      const parts = { ...part.parts, year: y.year };
      return { from: i, to: y.next, reading: { kind: 'cal', parts, end: part.end } };
    }
    const mod = 'mod' in part && part.mod ? { mod: part.mod } : {};
    return {
      from: i,
      to: part.next,
      reading: { kind: 'cal', parts: part.parts, end: part.end, ...mod },
    };
  }
  const season = kkSeasonAt(tokens, i);
  // "« Қыс-2019 »", "Күз-2022", "« Көктем » операциясы": a capitalised season quoted alone or
  // before a hyphen is a name; a quoted sentence that begins with it is not ("« Жаз айларында
  // жылда қайталанатын құбылыс »": in the summer months).
  const t = tokens[i];
  const named =
    t !== undefined &&
    t.text[0] !== t.low[0] &&
    ((/^["«“„]$/u.test(tokens[i - 1]?.text ?? '') && /^["»”]$/u.test(tokens[i + 1]?.text ?? '')) ||
      tokens[i + 1]?.kind === 'dash');
  // "көктемгі егіс", "жазғы лагерь", "күздік бидай": the adjective alone is a date of its season
  // too, as KazNERD marks it; whether it dates an event is the event stage's question (ownDate
  // reads a year-less attributive season as a kind of thing). A year or "биылғы" before it, read
  // by the taggers of years and relative dates, joins it ("2025 жылғы көктемгі сессия").
  if (season && !named) {
    // "жаздың соңына", "көктемнің басында": a part of the season.
    const part = season.genitive ? kkPartAt(tokens, season.next) : null;
    const parts = { season: season.value };
    if (part) return { from: i, to: part.next, reading: { kind: 'cal', parts, mod: part.value } };
    // "көктемнің алғашқы күні", "жаздың соңғы айында": a stretch of the season, one phrase.
    const stretch = season.genitive ? kkOrdinalPartAt(tokens, season.next) : null;
    if (stretch) {
      const mod = stretch.mod ? { mod: stretch.mod } : {};
      return { from: i, to: stretch.next, reading: { kind: 'cal', parts, ...mod } };
    }
    // "Жаз айларында" (in the summer months): the season's months.
    const to = isAyWord(tokens[season.next]) ? season.next + 1 : season.next;
    return { from: i, to, reading: { kind: 'cal', parts } };
  }
  return null;
}
