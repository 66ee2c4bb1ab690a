import type { Season, Unit } from '../../../dates/reading';
import type { Token } from '../../../dates/tokenize';
import { findKkStem, isKkForm, isKkGenitive } from './kkForm';
import {
  KK_MONTHS,
  KK_PARTS,
  KK_POSTPOSITIONS,
  KK_SEASONS,
  KK_UNITS,
  KK_WEEKDAYS,
} from './kkLexicon';

/** A recognised word at a token index: its meaning, whether it is genitive, the next index. */
export interface WordAt<T> {
  value: T;
  genitive: boolean;
  low: string;
  next: number;
}

/** Word meanings repeat across a corpus: cache them per reader, emptied when it grows large. */
function memo<T>(read: (low: string) => T | undefined): (low: string) => T | undefined {
  const cache = new Map<string, T | undefined>();
  return (low) => {
    if (cache.has(low)) return cache.get(low);
    if (cache.size > 50_000) cache.clear();
    const v = read(low);
    cache.set(low, v);
    return v;
  };
}

function at<T>(
  tokens: readonly Token[],
  i: number,
  read: (low: string) => T | undefined,
): WordAt<T> | null {
  const t = tokens[i];
  if (t?.kind !== 'word') return null;
  const value = read(t.low);
  return value === undefined
    ? null
    : { value, genitive: isKkGenitive(t.low), low: t.low, next: i + 1 };
}

/** "наурызында" → 3. "маусымы", "маусымына", "маусымдық" are a season of work ("жылыту
 * маусымы"), not June, unless a day comes first ("тоғызыншы маусымына": `afterDay`). */
const monthAfterDay = memo(readMonth);
const monthAlone = memo((w) => (/^маусым(?:ы|дық)/u.test(w) ? undefined : readMonth(w)));

/** A month form, but not a plural or an adjective in -лық: months are not counted or described
 * that way, while "қазандар" (cauldrons) and "қазандық" (boiler) are common nouns. */
function readMonth(w: string): number | undefined {
  const month = findKkStem(w, KK_MONTHS);
  if (month === undefined) return undefined;
  const stem = [...KK_MONTHS.keys()].find((k) => KK_MONTHS.get(k) === month && w.startsWith(k));
  const tail = w.slice(stem?.length ?? 0);
  return /^(?:лар|лер|дар|дер|тар|тер|лық|дық|тық|лік|дік|тік)/u.test(tail) ? undefined : month;
}
export const kkMonthAt = (tokens: readonly Token[], i: number, afterDay = false) =>
  at(tokens, i, afterDay ? monthAfterDay : monthAlone);

/** "жылдың" → Y, "айына" → M, "3 жасар" → Y; "жылдығы" is an anniversary ("175 жылдығына"). */
const unit = memo<Unit>((w) =>
  w === 'жасар' ? 'Y' : /^жылдығ/u.test(w) ? undefined : findKkStem(w, KK_UNITS),
);
export const kkUnitAt = (tokens: readonly Token[], i: number) => at(tokens, i, unit);

export const kkSeasonAt = (tokens: readonly Token[], i: number) =>
  at<Season>(tokens, i, (w) => KK_SEASONS.get(w));

/** "сенбіде" → 6; not the -лік derivation: "сенбілік" is a day of voluntary work (subbotnik),
 * "жексенбілік мектеп" a Sunday school, things rather than days. */
const weekday = memo((w) => (/біл[іи][кг]/u.test(w) ? undefined : findKkStem(w, KK_WEEKDAYS)));
export const kkWeekdayAt = (tokens: readonly Token[], i: number) => at(tokens, i, weekday);

/** Forms of "жыл" (year), and "ж." / "жж." (years) as written after numeric years. */
const yearWord = memo((w) => (w === 'ж' || w === 'жж' || isKkForm(w, 'жыл') ? w : undefined));
export const kkYearWordAt = (tokens: readonly Token[], i: number) => at(tokens, i, yearWord);

/** "басынан", "соңына", "ортасында": a part of the period just named; needs a possessive
 * suffix, so that "соңғы" (last) and "бас" (main) are not read as parts. */
const part = memo((w) => {
  for (const [stem, mod] of KK_PARTS) {
    const rest = w.slice(stem.length);
    if (w.startsWith(stem) && /^(?:ы|і|сы|сі)/u.test(rest) && isKkForm(w, stem)) return mod;
  }
  return undefined;
});
export const kkPartAt = (tokens: readonly Token[], i: number) => at(tokens, i, part);

/**
 * After a month name, "айы/айында" joins the expression only before a postposition: KazNERD
 * marks "қаңтар айынан бері" whole but only "қаңтар" of "қаңтар айында".
 */
export function skipKkMonthWord(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  const post = tokens[i + 1];
  const isAy = t?.kind === 'word' && /^ай(?:[ыі]|$)/u.test(t.low);
  return isAy && post?.kind === 'word' && KK_POSTPOSITIONS.has(post.low) ? i + 1 : i;
}

const SUN_NOUNS = /^(?:көз|сәуле|энергия|батарея|панель|жүйе|шуақ|нұр|райы)/u;

/** "күн" is also the sun: "күннің көзі" (sunlight), "күннің жылтыраған сәулесі", "күн энергиясы". */
export function isKkSunAt(tokens: readonly Token[], unitIndex: number): boolean {
  const t = tokens[unitIndex];
  if (t?.kind !== 'word' || !/^күн(?:нің|)$/u.test(t.low)) return false;
  const next = tokens[unitIndex + 1]?.low ?? '';
  const second = t.low === 'күннің' ? (tokens[unitIndex + 2]?.low ?? '') : '';
  return SUN_NOUNS.test(next) || SUN_NOUNS.test(second);
}
