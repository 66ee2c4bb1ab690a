/**
 * Whether an undated act narrated in the simple past is the article's news of the publication day,
 * or goes on with the story its paragraph was telling: a paragraph whose every dated sentence lies
 * long before publication is background ("Статус закреплен после референдума 5 июня 2022 года.
 * Затем был принят конституционный закон"), and its later undated act is only recalled; unless
 * it tells its time by another event, back at that one ("… избран 19 марта 2023 года. После
 * выступления спикер заявил", events/recallStory.ts). A sentence that opens by pointing back at
 * whom the sentence before told ("Олармен", "С ними") goes on at that sentence's day, when that is
 * one of the days just before publication. The headline, the lead and a sentence told "today" are
 * the news itself and keep their day (events/when.ts).
 */
import type { EventDate, SourceLang } from '../../../src/model/schema';
import { edtfRange } from '../../../src/model/queries/edtfRange';
import { parseDct, toDayNumber } from '../dates/utcCalendar';
import type { DocTimex } from '../stages/dates';
import type { DocumentDate } from '../stages/documentDate';
import type { Sentence } from '../types';
import { inAfterPhrase, namedAsBefore } from './afterPast';
import { ASPECT } from './aspect';
import { ATTRIBUTE_PHRASE } from './attributePhraseGrammar';
import { isNewsDay, REPORT_DAYS } from './newsDay';
import { goesOnWithRecall } from './recallStory';

/**
 * Whether a date (not the publication's own) ends more days before publication than a report
 * tells news of (newsDay.ts): "5 июня 2022 года" in an article of 2025, not "вчера".
 */
export function longBeforeNews(date: EventDate, dct: DocumentDate | undefined): boolean {
  if (!dct || date.method.startsWith('publication')) return false;
  const range = edtfRange(date.edtf);
  if (range === null || !Number.isFinite(range[1])) return false;
  const lastDay = Math.floor((range[1] - 1) / 86_400_000);
  return toDayNumber(parseDct(dct.from)) - lastDay > REPORT_DAYS;
}

/**
 * Whether a sentence goes on in a paragraph of background: `background` is the paragraph's last
 * sentence with a dated event, given when every dated sentence of the paragraph lies long past.
 */
export function inBackground(
  lang: SourceLang,
  s: Sentence,
  background: Sentence | undefined,
): boolean {
  return background !== undefined && goesOnWithRecall(lang, s, background);
}

/**
 * The time a past act goes on at when its sentence opens with a pronoun as its subject
 * ("Президент 2022 жылғы 16 наурызда Жолдау жариялады. Ол саяси реформаларды ұсынды", "… выступил с
 * Посланием. Он предложил реформы"), or adds its act to that sentence's by an additive particle
 * ("Сенаторы также ратифицировали соглашение"): the time the sentence right before told, when that one
 * narrates in the past and its time lies before publication (a day ahead is no past act's; the
 * publication day is what the act takes anyway). Not one told "today" ("Бүгін ол …", "Ол бүгін
 * …") or at another time ("Ол кейін …").
 */
export function pronounGoesOn(
  lang: SourceLang,
  s: Sentence,
  at: number,
  justBefore: { date: EventDate; sentence: Sentence; timex?: DocTimex } | undefined,
  dct: DocumentDate | undefined,
): EventDate | undefined {
  const aspect = ASPECT[lang];
  if (!justBefore) return undefined;
  const pronoun = aspect.pronounSubject?.test(s.text) === true;
  if (!pronoun && !aspect.additive?.test(s.text)) return undefined;
  // (An additive particle adds an act to an occasion, a day: a year or a month told before is
  // often a recall the article stepped back to, "Кроме того, в прошлом году президент подписал
  // указ. Депутаты также обсудили бюджет", and the next act returns to the news.)
  if (!pronoun && !/^\d{4}-\d{2}-\d{2}$/u.test(justBefore.date.edtf)) return undefined;
  if (aspect.today.test(s.text) || aspect.otherTime.test(s.text)) return undefined;
  // (Nor an event named as what the act came after: "Они стали первыми после отставки
  // Назарбаева" does not date the resignation.)
  if (namedAsBefore(lang, s, at)) return undefined;
  if (!aspect.narration.test(justBefore.sentence.text)) return undefined;
  const { date, sentence, timex } = justBefore;
  // (Not a date that sentence gave inside a participle phrase: "Заңды 2023 жылы сайланған
  // депутаттар енгізді. Олар түзетулер ұсынды": 2023 is the deputies' election, not what they did.)
  const [from, to] = timex ? [timex.start - sentence.start, timex.end - sentence.start] : [-1, -1];
  if (timex && ATTRIBUTE_PHRASE[lang].inParticiplePhrase(sentence.text, from, to)) return undefined;
  // (Nor the date of the event that sentence told its act came after: "2022 жылғы 5 маусымдағы
  // референдумнан кейін Парламент заң қабылдады. Сондай-ақ …" is some time after 5 June.)
  if (timex && inAfterPhrase(lang, sentence, timex, [timex])) return undefined;
  const range = edtfRange(date.edtf);
  if (range === null || !Number.isFinite(range[1])) return undefined;
  // (With no publication date, only a date the text states is known to be past.)
  if (!dct) return date.certainty === 'stated' ? date : undefined;
  const lastDay = Math.floor((range[1] - 1) / 86_400_000);
  return lastDay < toDayNumber(parseDct(dct.from)) ? date : undefined;
}

/**
 * The day a sentence goes on at when it opens by pointing back at whom the sentence before told
 * ("Сейсенбіде, 11 шілдеде, тұрғындар жиналды. Олармен аудан әкімі кездесті"): that sentence's
 * time, when it is one of the days just before publication a report tells (newsDay.ts). (The
 * publication day itself is what the act takes anyway; a time long past is background.)
 */
export function goesOnAt(
  lang: SourceLang,
  s: Sentence,
  storyDay: EventDate | undefined,
  dct: DocumentDate | undefined,
): EventDate | undefined {
  const pointsBack = ASPECT[lang].pointsBack;
  return storyDay && pointsBack?.test(s.text) && isNewsDay(storyDay, dct) ? storyDay : undefined;
}
