/**
 * A refiner for a paragraph that tells a past year forward: "Шын мәніндегі бетбұрыс 2022 жылғы
 * қаңтар оқиғаларынан кейін басталды. 16 наурыздағы Жолдауында … . Бұл ұсыныстар 5 маусымдағы
 * референдумда бекітілді." A year-less day or month later in the same paragraph, after the
 * month, day or season it stated and not said to lie ahead, goes on in that year rather than in the one
 * nearest the publication. Only a stated month or day frames (not a year alone, which often names
 * a topic); a line break or a date told as ahead ends the frame.
 */
import { isSince } from './contextYear';
import { isPurposeYear } from './purposeYear';
import { seasonOf, seasonStart } from './season';
import { SENTENCE_END } from './sentenceYear';
import type { Timex } from './timex';
import { isYearless, withYear } from './yearlessDate';

/** A month or day with its year, or a season with its year ("Весной 2020-го"). */
const STATED = /^(\d{4})-(\d{2}|SP|SU|FA|WI)(?:-(\d{2}))?$/u;

export function yearsFromNarrative(text: string, timexes: readonly Timex[]): Timex[] {
  let frame: { year: string; value: string } | undefined;
  // Whether a sentence has ended since the frame was stated; each stretch of text between two
  // dates is read once, so a long one-line text stays linear.
  let laterSentence = false;
  let last = 0;
  return timexes.map((t) => {
    const between = text.slice(last, t.start);
    last = t.end;
    if (between.includes('\n')) frame = undefined;
    // (Within one sentence sentenceYear.ts decides: a clause boundary may separate two events.)
    if (SENTENCE_END.test(between)) laterSentence = true;
    const month = t.anchor === 'absolute' && /^\d{4}$/u.test(t.value) && monthNamedBefore(text, t);
    const stated =
      t.anchor === 'absolute'
        ? (STATED.exec(month ? `${t.value}-${month}` : t.value) ??
          (isAdverbialYear(text, t) ? YEAR.exec(t.value) : null))
        : null;
    if (stated) {
      frame =
        isPurposeYear(text, t) || isSince(text, t)
          ? undefined
          : { year: stated[1]!, value: seasonOf(t.value) ? seasonStart(t.value) : stated[0] };
      laterSentence = false;
      return t;
    }
    if (
      !frame ||
      !laterSentence ||
      t.direction === 'future' ||
      !isYearless(t, ['dct']) ||
      t.value.slice(0, 4) === frame.year
    )
      return t;
    const out = withYear(t, frame.year);
    // Forward from the stated time only: an earlier day of that year is some other year's.
    if (out.value < frame.value.slice(0, out.value.length)) return t;
    frame = { ...frame, value: out.value };
    return out;
  });
}

const YEAR = /^(\d{4})$/u;

/**
 * A year alone said as the time of what the sentence tells ("2022 жылы өзгерді", "в 2022 году
 * изменилось"), not as an attribute naming a topic ("2022 жылғы бюджет", "бюджет 2022 года").
 */
function isAdverbialYear(text: string, t: Timex): boolean {
  // The rest of its sentence (at most 200 characters: a frame is told in a short clause).
  const rest = text.slice(t.end, t.end + 200).split(/[.!?\n]/u)[0]!;
  if (/^\d{4}(?:-(?:ші|шы|інші|ыншы))?\s+жылы$/u.test(t.text))
    // …told by a finite past at the sentence's end, with no verbal noun between ("2027 жылы
    // референдумға шығаруды айтты" tells what is to happen then, not what happened).
    return KK_PAST_END.test(rest) && !KK_VERBAL_NOUN.test(rest);
  // (Russian puts the verb either side of the year: the whole sentence.)
  const sentence = `${text
    .slice(Math.max(0, t.start - 200), t.start)
    .split(/[.!?\n]/u)
    .pop()!} ${rest}`;
  return (
    /^\d{4}(?:\s+году|-м)$/u.test(t.text) &&
    /(?:^|[^\p{L}])в\s+$/iu.test(text.slice(Math.max(0, t.start - 4), t.start)) &&
    RU_PAST.test(sentence) &&
    !RU_AHEAD.test(sentence)
  );
}

const KK_PAST_END = /\p{L}{2,}(?:ды|ді|ты|ті|ған|ген|қан|кен)(?:\s+(?:еді|болатын))?\s*$/u;
const KK_VERBAL_NOUN =
  /\p{L}{2,}(?:уды|уді|уға|уге|уын|уін|мақ|мек|бақ|бек|пақ|пек|атын|етін|йтын|йтін)(?![\p{L}])/u;
const RU_PAST = /\p{L}{2,}(?:л|ла|ло|ли|лся|лась|лось|лись)(?![\p{L}])/u;
const RU_AHEAD =
  /\p{L}{2,}(?:ть|ти|ться)(?![\p{L}])|(?<![\p{L}])(?:будет|будут|станет)(?![\p{L}])/u;

/** Russian month adjectives: "январские события 2022 года" names January of that year. */
const MONTH_ADJECTIVE =
  /(?<![\p{L}])(январ|феврал|мартов|апрел|май|июн|июл|августов|сентябр|октябр|ноябр|декабр)ск\p{L}*\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const MONTH_STEMS = [
  'январ',
  'феврал',
  'мартов',
  'апрел',
  'май',
  'июн',
  'июл',
  'августов',
  'сентябр',
  'октябр',
  'ноябр',
  'декабр',
];

/** The month ("01") an adjective right before a year names: "Январские события 2022 года". */
function monthNamedBefore(text: string, t: Timex): string | false {
  const m = MONTH_ADJECTIVE.exec(text.slice(Math.max(0, t.start - 60), t.start));
  if (!m) return false;
  return String(MONTH_STEMS.indexOf(m[1]!.toLowerCase()) + 1).padStart(2, '0');
}
