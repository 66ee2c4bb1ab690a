/**
 * Parts of a day told of a story's day: "сол кеште" (that evening), "сол түні" (that night), "сол
 * таңда" (that morning), "келесі таңертең" (the next morning). They name the day the text has just
 * told (as "сол күні", "келесі күні" do), whatever hour of it: the nouns кеш (evening), түн (night)
 * and таң (morning, dawn) in every case, bare or after the possessive (кеште, кешке, кешінде, кеші;
 * түнде, түні, түнінде, түнгі; таңда, таңы, таңында, таңғы), and the adverbs of the day's parts
 * (таңертең, кешкісін, күндіз …). A plural ("сол кештерде", those evenings) or a derived word
 * ("түнгілік") is no one day.
 */
import type { Token } from '../../../dates/tokenize';
import { isKkForm } from './kkForm';

/** The nouns of a part of the day: evening, night, morning. */
export const KK_DAY_PARTS = ['кеш', 'түн', 'таң'] as const;

/** Adverbs of a part of the day: in the morning, at dawn, in the evening, at dusk, by day, at night. */
const ADVERBS =
  /^(?:таңертең(?:гі|нен)?|таңсәріде|кешкісін|кешқұрым(?:да)?|күндіз(?:гі)?|түнделетіп|түнімен)$/u;

/** Whether a lower-case word is a form of a part of the day ("кешінде", "түні", "таңертең"). */
export function isKkDayPart(low: string): boolean {
  if (ADVERBS.test(low)) return true;
  return KK_DAY_PARTS.some((stem) => {
    if (!isKkForm(low, stem)) return false;
    const tail = low.slice(stem.length);
    // No plural, no derivation in -лық/-дық/-тық: "кештер", "түндік".
    return !/^(?:[лдтн][аеыі]р|[лдт][ыі][қғкг])/u.test(tail);
  });
}

/** The token at `i` is a part of the day: the index after it, or -1. */
export function kkDayPartAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  return t?.kind === 'word' && isKkDayPart(t.low) ? i + 1 : -1;
}

/**
 * A timex's text that names the day the text has just told: "сол күні", "ол күні", "дәл сол
 * күні", "сол кеште", "сол түні", "дәл сол таңда" (dates/nextDay.ts counts it from that day).
 */
export const KK_SAME_DAY = /^(?:дәл\s+)?(?:сол\s+(?:күн|кеш|түн|таң)|ол\s+күн)\p{L}*$/iu;

/**
 * A timex's text that names the publication's own day as a day of the calendar: "осы күні", "дәл
 * осы күні", "бұл күні". Beside a year ("2019 жылы осы күні", "бес жыл бұрын дәл осы күні") it is
 * that day's anniversary (dates/anniversary.ts).
 */
export const KK_THIS_DAY = /^(?:дәл\s+)?осы\s+күн(?:і|де)$/iu;

/** Words that may stand between a year and "this day": "2019 жылдың тура осы күні". */
export const KK_ANNIVERSARY_GAP = /^[ \u00a0,]*(?:(?:дәл|тура|тап)[ \u00a0]+)?$/iu;

/**
 * A timex's text that names the day after the one just told: "келесі күні", "ертесі", "ертесіне",
 * "ертеңіне", "ертесі күні", "келесі таңда", "келесі кеште", "келесі түні", "келесі таңертең".
 */
export const KK_NEXT_DAY =
  /^(?:келесі\s+(?:күн|кеш|түн|таң)\p{L}*|ертесі(?:\s+(?:күн|таң|кеш|түн)\p{L}*)?|ертесіне|ертеңіне)$/iu;

/**
 * "Кейінгі күні" read as a day: the day after the event named before it in the ablative
 * ("сайлаудан кейінгі күні", kkRelativeTagger.ts); alone it is "recent days", no day.
 */
export const KK_DAY_AFTER_EVENT = /^кейінгі\s+күн\p{L}*$/iu;

/** A noun in the ablative, of four letters or more before its ending ("сайлаудан", "съезден"). */
export const KK_ABLATIVE_WORD = /^\p{L}{4,}(?:дан|ден|тан|тен|нан|нен)$/u;

/**
 * "Сол жылы", "сол жылда" (that year) and "сол айда", "сол айы" (that month), alone: the year or
 * the month of the date just told (dates/nextDay.ts). Not a plural ("сол жылдары", those years).
 */
export const KK_SAME_PERIOD = /^(?:дәл\s+)?сол\s+(?:жыл(?:ы|да)|ай(?:да|ы))$/iu;
