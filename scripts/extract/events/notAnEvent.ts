/**
 * What a sentence tells that is not an event of its own: the eve of one or a reference point, and
 * a habit, the calendar's rule rather than something that happened.
 */
import type { SourceLang } from '../../../src/model/schema';
import type { DocTimex } from '../stages/dates';
import type { Sentence } from '../types';
import { RU_COMPETENCE } from '../locales/ru/events/competence';
import { ASPECT, throughCueWord } from './aspect';
import { memoByTextAnd } from '../memoByText';

/**
 * "Накануне съезда, 24 января, …", "сайлау алдында": the eve of it is not its day;
 * "референдумнан кейін 1 шілдеде", "после выборов": a reference point, not the day's event.
 */
export function isEveOrAfter(lang: SourceLang, s: Sentence, at: number): boolean {
  return EVE_OR_AFTER[lang](s.text, at);
}

// (Asked once per trigger and date of a sentence, and for every repetition of it: remembered.)
const EVE_OR_AFTER = {
  kk: memoByTextAnd((text: string, at: number) => readEveOrAfter('kk', text, at)),
  ru: memoByTextAnd((text: string, at: number) => readEveOrAfter('ru', text, at)),
};

function readEveOrAfter(lang: SourceLang, text: string, at: number): boolean {
  const aspect = ASPECT[lang];
  const before = text.slice(0, at);
  const after = text.slice(at);
  return (
    aspect.ahead.test(after) ||
    aspect.aheadBefore.test(throughCueWord(text, at)) ||
    aspect.afterIt.test(after) ||
    aspect.afterItBefore.test(before)
  );
}

/** A habit ("жыл сайын маусымда өтеді") with no date of its own year, nor today, is no event. */
export function isHabit(lang: SourceLang, s: Sentence, date: DocTimex | undefined): boolean {
  const aspect = ASPECT[lang];
  return (
    aspect.habitual.test(s.text) &&
    (!date || (date.anchor !== 'absolute' && !aspect.today.test(date.text)))
  );
}

/** A power told as a rule, per language: locales/ru/events/competence.ts. */
const COMPETENCE: Record<SourceLang, RegExp | undefined> = { kk: undefined, ru: RU_COMPETENCE };

/**
 * A power told as a rule ("Президент подписывает законы и возвращает их в Парламент") with no date
 * in the sentence: neither it nor any act it joins is news.
 */
export function isCompetence(lang: SourceLang, s: Sentence, date: DocTimex | undefined): boolean {
  return !date && COMPETENCE[lang]?.test(s.text) === true;
}

/**
 * A speech told by its course ("Выступление завершено", "Выступление началось в 10:00 и продлилось
 * больше часа", "Президент начал выступление с оценки экономики"): the phase of a statement the
 * article told, no statement of its own.
 */
export function isSpeechCourse(
  lang: SourceLang,
  s: Sentence,
  at: number,
  trigger: string,
  type: string,
): boolean {
  const course = ASPECT[lang].course;
  return (
    type === 'statement' &&
    course !== undefined &&
    (course.after.test(s.text.slice(at + trigger.length)) ||
      course.before.test(s.text.slice(Math.max(0, at - 40), at)))
  );
}
