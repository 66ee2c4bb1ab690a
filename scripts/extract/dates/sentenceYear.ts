/**
 * A refiner for a year-less date that follows, in the same sentence, a date stating its year
 * ("событий января 2022 года, начавшихся с протестов 2 января"; "В 2022 году референдум прошёл
 * 5 июня"): the sentence's year frames it, not the publication date's, when both name the same
 * month or no clause boundary stands between them. The event stage reads the
 * same rule for events (`yearBefore` in stages/events.ts); here it makes the tagger's value agree.
 * Only a day or month written without a year, whose year came from the publication date or is
 * not known, is changed; "сегодня", "в прошлом году" and dates with a year keep theirs.
 */
import { isSince } from './contextYear';
import { isNamedYear } from './namedYear';
import { isPurposeYear } from './purposeYear';
import { inSeason } from './season';
import type { Timex } from './timex';
import { SENTENCE_YEAR } from './sentenceYearWords';
import { nextYearOfStory } from './storyNextYear';
import { yearOfStory } from './storyYear';
import { isYearless, withYear } from './yearlessDate';

/** A year, a month or day of it, or a season of it ("Весной 2020-го"). */
const WITH_YEAR = /^(\d{4})(?:-(?:\d{2}|SP|SU|FA|WI))?(?:-\d{2})?$/u;
const MAX_GAP = 300;
/** A sentence ends between them: a full stop, "!" or "?" followed by a space. */
export const SENTENCE_END = /[.!?…]\s/u;

/**
 * A date that describes a participle's noun frames no other date of the sentence: Kazakh puts the
 * participle right after the date ("2019 жылы құрылған партия", locales/kk/dates/kkSentenceYear.ts),
 * Russian the date inside the participle's phrase before the noun ("Созданная в 2019 году партия",
 * locales/ru/dates/ruParticipleYear.ts). Either way the party founded in 2019 held its congress on a
 * day of its own year.
 */
export function describesNoun(text: string, t: Timex, lang?: 'kk' | 'ru'): boolean {
  if (!lang) return false;
  const { describingParticipleAfter: after, describingPhrase: phrase } = SENTENCE_YEAR[lang];
  return (
    after?.test(text.slice(t.end, t.end + 40)) === true ||
    phrase?.(text.slice(Math.max(0, t.start - 80), t.start), text.slice(t.end, t.end + 80)) === true
  );
}

/**
 * Whether a date stating its year (`frame`, its value and end) frames a year-less date after it
 * in the same sentence: when both name the same month, or no clause boundary stands between them.
 * Across a comma the other date may be another event's, and a story told forward may have moved
 * on to the next year: "внесен в сентябре 2023 года, одобрен … 14 февраля и принят 3 апреля".
 */
export function framesDate(
  text: string,
  frame: { value: string; end: number },
  t: { value: string; start: number },
  lang?: 'kk' | 'ru',
): boolean {
  const month = frame.value.slice(5, 7) || undefined;
  const between = text.slice(frame.end, t.start);
  // (An apposition is no boundary: "В 2022 году, 5 июня, прошёл референдум"; nor is a season
  // and a day in it: "Весной 2020-го, в разгар пандемии, … указом от 2 мая".)
  return (
    month === t.value.slice(5, 7) ||
    laterMonthOfStory(lang, month, t.value) ||
    inSeason(frame.value, t.value.slice(5, 7)) ||
    !/[,;:—–]/u.test(between) ||
    // (A one-letter conjunction joins the next member, no apposition: ", а 14 января провела".)
    (!/\p{L}{2}/u.test(between) && !(lang && SENTENCE_YEAR[lang].clauseConjunction?.test(between)))
  );
}

/**
 * A sentence telling a story forward names a later month of the year it stated, across a comma
 * too, where the language says so (SentenceYearWords): "Партия 2023 жылдың қаңтарында тіркелді, ал
 * наурызда Мәжіліске өтті" (March 2023). An earlier month is the next year's ("2023 жылғы
 * қыркүйекте енгізілді, 14 ақпанда мақұлданды": storyNextYear.ts), not the stated one's.
 */
function laterMonthOfStory(
  lang: 'kk' | 'ru' | undefined,
  month: string | undefined,
  value: string,
) {
  const own = /^X{4}-(\d{2})/u.exec(value)?.[1] ?? /^\d{4}-(\d{2})/u.exec(value)?.[1];
  return (
    (lang ? SENTENCE_YEAR[lang].laterMonthAcrossClauses : false) &&
    month !== undefined &&
    /^\d{2}$/u.test(month) &&
    own !== undefined &&
    own > month
  );
}

export function yearsFromSentence(
  text: string,
  timexes: readonly Timex[],
  lang?: 'kk' | 'ru',
): Timex[] {
  // (`told`: the frame is a member the story told before, not a date stating its year.)
  let framing: { year: string; value: string; end: number; told?: boolean; at?: Timex } | undefined;
  return timexes.map((t) => {
    // (A frame further than a long sentence away is no frame: this also keeps a 5 MB line linear.)
    if (
      framing &&
      (t.start - framing.end > MAX_GAP || SENTENCE_END.test(text.slice(framing.end, t.start)))
    )
      framing = undefined;
    // A year the text states, or names relative to now ("былтыр", "в прошлом году").
    const own =
      t.anchor === 'absolute' || (t.granularity === 'year' && t.anchor === 'dct')
        ? WITH_YEAR.exec(t.value)
        : null;
    if (own) {
      // Neither a year named as a purpose ("на 2025 год") nor a year alone a lasting state counts
      // from ("2022 жылдан бері") frames the sentence's other dates ("с января 2022 года: 11 января"
      // does).
      // Nor does a year that describes a participle's noun ("2019 жылы құрылған партия 2 наурызда
      // съезін өткізді", "Созданная в 2019 году партия провела съезд 5 марта" are no congress of
      // 2019: describesNoun); nor a
      // year a naming names ("2026 год 5 марта объявлен Годом …": dates/namedYear.ts).
      const aside =
        isPurposeYear(text, t) ||
        (t.granularity === 'year' && isSince(text, t)) ||
        describesNoun(text, t, lang) ||
        isNamedYear(text, t, lang);
      framing = aside ? undefined : { year: own[1]!, value: t.value, end: t.end, at: t };
      return t;
    }
    if (!framing || !isYearless(t)) return t;
    // The same month ("января 2022 года … 2 января"), or the same clause: across a comma the
    // other date may be another event's ("2019 жылы сайланған …, 20 қарашада қайта сайланды").
    // A story told forward from a stated month steps into the next year at an earlier month; one
    // opened by a year alone tells its later months in that year (storyYear.ts).
    const out = framesDate(text, framing, t, lang)
      ? withYear(t, framing.year)
      : (nextYearOfStory(text, framing, t, lang) ?? yearOfStory(text, framing, t, lang));
    if (!out || out === t) return t;
    // A member told as done cannot be carried past the publication by the member before it (the
    // latest such day before the publication is the one the text can mean).
    if (framing.told && t.direction === 'past' && t.anchor === 'dct' && out.value > t.value)
      return t;
    // Each member goes on from the one before it: "внесен в сентябре 2023 года, одобрен 14
    // февраля, подписан 10 октября" (October 2024). (A year alone stays the frame: it names no
    // month to count forward from.)
    if (/^\d{4}-\d{2}/u.test(framing.value))
      framing = { year: out.value.slice(0, 4), value: out.value, end: t.end, told: true };
    return out;
  });
}
