import type { Token } from '../../../dates/tokenize';
import { findKkStem, isKkForm, isKkGenitive } from './kkForm';
import { KK_MONTHS } from './kkLexicon';
import { kkOrdinalPartAt } from './kkOrdinalPart';
import { kkPartAt, kkUnitAt } from './kkWordAt';
import { readKkNumber } from './readKkNumber';

/**
 * Month names that are also common nouns or names: "Наурыз" the spring holiday, "Қазан" the city
 * and "қазан" a cauldron, "маусым" a season (sports, heating, tourist), "Тамыз" the August
 * teachers' conference. Alone they are mostly not dates, so they need date context.
 */
const AMBIGUOUS: ReadonlyMap<number, readonly string[]> = new Map([
  [3, ['наурыз']],
  [10, ['қазан']],
  [6, ['маусым']],
  [8, ['тамыз']],
  [5, ['май']],
]);
/** A month word that is also a countable noun: "бес маусым" (five seasons), "он қазан" (ten
 * cauldrons). (The holiday "Наурыз" and the conference "Тамыз" are one a year.) */
export const isKkCountableMonth = (low: string) => /^(?:маусым|қазан)/u.test(low);

/** Stems whose case forms alone never make them months: "маусымда" is mostly "in the season",
 * "майда" "small" or "in oil". */
const NEVER_ALONE = new Set(['маусым', 'май']);

/** Case endings that put a bare month name in time: locative, ablative, dative (+ -ғы). */
const DATE_CASE = /^(?:ы|і)?(?:н?да|н?де|н?нан|дан|тан|ға|на|қа)(?:ғы|гі)?$/u;

/** A month word that names a person: "Мамыр апа", "Шілде ханым". */
const KIN = /^(?:апа|апай|әже|ата|ана|ағай|аға|әпке|ханым|тәте|мырза|қыз|келін)(?:\p{L}*)$/u;
/** A surname after it makes a month word a first name: "Мамыр Сәрсенбаева", "Шілде Оспанова". */
const SURNAME = /^\p{Lu}[\p{L}-]*(?:ова|ева|ов|ев|ин|ина|ұлы|улы|қызы|кызы)$/u;
/** A dative month is a time only as a limit: "қазанға дейін"; "үлкен қазанға" is a cauldron. */
const LIMIT = /^(?:дейін|шейін|қарай|таман|байланысты)$/u;

/** "ай", "айы", "айында", "айларында": the word "month" that often follows a month name. */
export const isAyWord = (t: Token | undefined) =>
  t?.kind === 'word' && /^ай(?:[ыі]|лар|$)/u.test(t.low);

const isMonthWord = (t: Token | undefined) =>
  t?.kind === 'word' && findKkStem(t.low, KK_MONTHS) !== undefined;

/** Another month one link away: "қазан – қараша", "наурыз, маусым", "қазан мен қараша". */
function inMonthList(tokens: readonly Token[], i: number): boolean {
  const link = (t: Token | undefined) =>
    t !== undefined &&
    (t.kind === 'dash' || t.text === ',' || /^(?:және|мен|бен|пен|я|немесе)$/u.test(t.low));
  return (
    (link(tokens[i + 1]) && isMonthWord(tokens[i + 2])) ||
    (link(tokens[i - 1]) && isMonthWord(tokens[i - 2]))
  );
}

/** A gathering or a vote named right after (past a participle of its holding): сессия, сайлау. */
const GATHERING =
  /^(?:сессия|отырыс|сайлау|саммит|съез|кездесу|форум|референдум|жиын|пленум|конференция|құрылтай)/u;
function nextIsGathering(tokens: readonly Token[], i: number): boolean {
  const [a, b] = [tokens[i + 1], tokens[i + 2]];
  if (a?.kind !== 'word') return false;
  if (GATHERING.test(a.low)) return true;
  return (
    /(?:атын|етін|йтын|йтін|ған|ген)$/u.test(a.low) && b?.kind === 'word' && GATHERING.test(b.low)
  );
}

/** First word of a sentence: capitals there say nothing about names. */
function startsSentence(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev === undefined || (prev.kind !== 'word' && prev.kind !== 'number');
}

/**
 * True when the month word at `i` (standing without a day or year before it) reads as a month:
 * unambiguous names always do; "наурыз", "қазан", "маусым", "тамыз" need "айы" after them, a
 * year after them, a genitive before a day or a part ("қазанның басында"), another month beside
 * them, or a lower-case time case ("наурызда", "қазаннан"; never "маусымда", mostly a season).
 * @example kkMonthInContext(tokenize('Наурыз мерекесі'), 0, 3) // false
 */
export function kkMonthInContext(tokens: readonly Token[], i: number, month: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (next?.kind === 'word' && (KIN.test(next.low) || SURNAME.test(next.text))) return false;
  const stem = AMBIGUOUS.get(month)?.find((s) => t.low.startsWith(s));
  if (stem === undefined) return true;
  if (isAyWord(next)) return true;
  if (next?.kind === 'number' && next.text.length === 4) return true;
  const tail = t.low.slice(stem.length);
  const genitive = /(?:ның|нің|дың|дің|тың|тің)$/u.test(tail);
  if (genitive && (readKkNumber(tokens, i + 1) || kkPartAt(tokens, i + 1))) return true;
  // "маусымның соңғы аптасы" (the last week of June): a season has no weeks or halves of days.
  if (genitive && kkOrdinalPartAt(tokens, i + 1)) return true;
  if (inMonthList(tokens, i)) return true;
  // "маусымдағы сессиясында", "маусымда өтетін сайлау": a bare locative (no possessive, as the
  // season's "маусымында" has) before a gathering or a vote is June's, which no season holds.
  if (stem === 'маусым' && /^(?:да|дағы)$/u.test(tail) && nextIsGathering(tokens, i)) return true;
  if (NEVER_ALONE.has(stem) || !DATE_CASE.test(tail)) return false;
  if (/^(?:ы|і)?(?:ға|на|қа)$/u.test(tail) && !(next?.kind === 'word' && LIMIT.test(next.low)))
    return false;
  // A capital inside a sentence marks a name: "Қазанда" (in Kazan), "Наурызда" at the start is fine.
  return !kkMonthCapitalisedName(tokens, i, month);
}

/**
 * A month name that is also a name, written with a capital inside a sentence ("2024 жылы Қазанда",
 * in Kazan): a name even after a year, where kkMonthInContext is not asked. Kazakh writes months
 * in lower case.
 */
export function kkMonthCapitalisedName(
  tokens: readonly Token[],
  i: number,
  month: number,
): boolean {
  const t = tokens[i]!;
  const named = AMBIGUOUS.get(month)?.some((s) => t.low.startsWith(s)) === true;
  return named && t.text[0] !== t.low[0] && !startsSentence(tokens, i);
}

/**
 * "маусымда", "маусымындағы", "маусымның": a form of "маусым" as a season (of play, work or
 * shows), the index after it. Not its adjective "маусымдық" (seasonal) nor a plural.
 */
export function kkPlayingSeasonAt(tokens: readonly Token[], i: number): number | null {
  const t = tokens[i];
  if (t?.kind !== 'word' || !isKkForm(t.low, 'маусым')) return null;
  return /^маусым(?:дық|дар)/u.test(t.low) ? null : i + 1;
}

/**
 * Nouns of places and institutions named after a month or a date, in the possessive a name
 * takes ("Желтоқсан көшесі", "алаңында", "9 мамыр мектебінде", "1 Мамыр ауданының"): көше
 * (street), даңғыл (avenue), алаң (square), ауыл (village), аудан (district), округ, қалашық
 * (town), мектеп (school), зауыт (factory), сарай (palace) …; and "атындағы" (named after),
 * which follows any name.
 */
const PLACE = new RegExp(
  '^(?:(?:көше|даңғыл|алаң|саяба[қғ]|гүлзар|ықшамаудан|шағынаудан|мөлтекаудан|ауыл|кент|' +
    'аудан|округ|қалашы[қғ]|' +
    'көпір|бекет|станция|аялдама|мекте[пб]|лицей|гимназия|колледж|университет|институт|' +
    'академия|мешіт|зауыт|фабрика|комбинат|стадион|сарай|аурухана|кеңшар|ұжымшар|совхоз|' +
    'колхоз)с?[ыі](?:н|нда|нде|на|не|нан|нен|ның|нің|ндағы|ндегі)?|атындағы)$',
  'u',
);

/** Words naming the kind of a settlement unit before its noun: ауылдық округ, шағын аудан. */
const UNIT_KIND = /^(?:ауылдық|шағын|мөлтек|ықшам)$/u;

/**
 * True when the month that ends before `next` is the bare name of a place: "Желтоқсан көшесі",
 * "Желтоқсан алаңында", "8 Наурыз көшесінде", "Бірінші мамыр ауылы". Only a month in the
 * nominative before a possessive place noun names it; otherwise it is the time ("1 мамыр
 * көшеге шықты", on 1 May they went out to the street).
 */
export function isKkMonthPlaceName(tokens: readonly Token[], next: number): boolean {
  const month = tokens[next - 1];
  if (month?.kind !== 'word' || !KK_MONTHS.has(month.low)) return false;
  // "ауылдық округі" (rural district), "шағын ауданы" (microdistrict): the kind of unit is
  // written before its noun.
  const kind = tokens[next]?.kind === 'word' && UNIT_KIND.test(tokens[next]!.low) ? 1 : 0;
  const place = tokens[next + kind];
  return place?.kind === 'word' && PLACE.test(place.low);
}

/**
 * "Лиганың бесінші маусымында", "сериалдың жиырма бірінші маусымы": "маусым" with a possessive,
 * after a number (from `i`) that follows another noun's genitive, is that thing's season. June
 * takes the possessive from its year ("2019 жылдың 12-нші маусымында"), and the possessive
 * with no owner before it is left as June ("19 маусымында").
 */
export function isKkSeasonOfOwner(tokens: readonly Token[], i: number, month: string): boolean {
  if (!/^маусым[ыі]/u.test(month)) return false;
  let o = i - 1;
  while (tokens[o]?.kind === 'word' && readKkNumber(tokens, o)) o -= 1;
  const owner = tokens[o]?.kind === 'word' ? tokens[o]!.low : '';
  return isKkGenitive(owner) && !kkUnitAt(tokens, o) && !/^(?:биыл|былтыр)/u.test(owner);
}
