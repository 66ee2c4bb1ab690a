/**
 * Dates told for a sentence from outside it: the next sentence that reports "about this", a
 * chronicle's heading just before, and the heading line of a page of dated entries (a digest, a
 * live blog). Each is the date of the events of the sentence that have none of their own.
 */
import { GAZETTEER } from '../arguments/gazetteer';
import { ASPECT } from './aspect';
import { pickTimex } from './dateEvent';
import { ALSO } from './dateOwnership';
import { opensWithDate } from './sentenceTime';
import type { Doc, Sentence } from '../types';
import type { DocTimex } from '../stages/dates';
import { KK_RELEVANT_ACT } from '../locales/kk/events/relevantAct';
import { RU_RELEVANT_ACT } from '../locales/ru/events/relevantAct';

const RELEVANT_ACT = { kk: KK_RELEVANT_ACT, ru: RU_RELEVANT_ACT };

/** The first sentence of each paragraph, found once per article (an article may be 40,000 sentences). */
const FIRST_SENTENCES = new WeakMap<Doc, Map<number, Doc['sentences'][number]>>();
function firstSentenceOf(doc: Doc, paragraph: number): Doc['sentences'][number] | undefined {
  let first = FIRST_SENTENCES.get(doc);
  if (!first) {
    first = new Map();
    for (const x of doc.sentences) if (!first.has(x.paragraph)) first.set(x.paragraph, x);
    FIRST_SENTENCES.set(doc, first);
  }
  return first.get(paragraph);
}

/**
 * The date the next sentence gives "about this" ("Ол бұл туралы 19 наурызда … айтты"), or to the
 * act that made it ("Соответствующий указ подписан 3 июня" after "Аким освобождён от должности"):
 * the calendar expression nearest to the anaphor. (The act's date only for an act told as done:
 * not "Выборы будут проведены" nor a bare "Басты жаңалық – референдум" before "Тиісті Жарлыққа сол
 * күні қол қойылды"; that decree dates neither the election nor the referendum.)
 */
export function toldAbout(
  doc: Doc,
  s: Doc['sentences'][number],
  bySentence: Map<number, DocTimex[]>,
): { timex: DocTimex; sentence: Doc['sentences'][number] } | undefined {
  const aspect = ASPECT[doc.lang];
  // The next sentence, or the one opening the next paragraph ("Об этом сообщила пресс-служба в
  // четверг, 12 февраля." after the lead).
  const opening = firstSentenceOf(doc, s.paragraph + 1);
  for (const next of [doc.sentences[s.index + 1], opening]) {
    if (!next || (next === opening && opening.paragraph !== s.paragraph + 1)) continue;
    // (The act's name first: it is rare, and telling a done act reads the whole sentence.)
    const act = RELEVANT_ACT[doc.lang].exec(next.text);
    const m = aspect.aboutThis.exec(next.text) ?? (act && tellsDone(doc.lang, s.text) ? act : null);
    // "Ол бұл туралы 2019 жылы да айтқан", "Об этом он говорил ещё в 2019 году": said before, too.
    if (!m || aspect.recall.test(next.text) || ALSO.test(next.text)) continue;
    const timex = pickTimex(doc.lang, next, m.index, bySentence);
    if (timex) return { timex, sentence: next };
  }
  return undefined;
}

/**
 * A chronicle's heading: the sentence just before is a date and nothing else ("2022 жылғы қаңтар.
 * Жаңаөзенде басталған наразылық…", "5 июня 2022 года. Референдум…"). Its date is told for the
 * events of the sentence after it that have none of their own.
 */
export function headingDate(
  doc: Doc,
  s: Doc['sentences'][number],
  bySentence: Map<number, DocTimex[]>,
): { timex: DocTimex; sentence: Doc['sentences'][number]; dateline?: true } | undefined {
  const prev = doc.sentences[s.index - 1];
  const dates = prev && bySentence.get(prev.index);
  if (!prev || dates?.length !== 1) return undefined;
  const t = dates[0]!;
  const rest = prev.text.slice(0, t.start - prev.start) + prev.text.slice(t.end - prev.start);
  if (/\p{L}/u.test(rest)) return undefined;
  // (An agency's dateline, "Астана. 12 наурыз. ҚазАқпарат – …", a place before the day, is the
  // day the news is told: what the lead tells as ahead is not on it, when.ts.)
  const place = doc.sentences[prev.index - 1];
  const dateline = place?.paragraph === prev.paragraph && isPlaceLine(place.text);
  return { timex: t, sentence: prev, ...(dateline ? { dateline: true } : {}) };
}

/** Cities by the name a dateline gives them, in either language ("Астана", "Усть-Каменогорск"). */
const CITY_NAMES = new Set(
  GAZETTEER.filter((e) => e.kind === 'city').flatMap((e) => [e.name.kk, e.name.ru]),
);

/**
 * A sentence that is a dateline's place and nothing else: a city the gazetteer knows, or any
 * place in an agency's capitals ("Астана.", "Усть-Каменогорск.", "ЖАНАКОРГАН."); not a rubric
 * word ("Хроника. 5 июня 2022 года. …" heads a chronicle).
 */
function isPlaceLine(text: string): boolean {
  const place = /^(\p{Lu}[\p{L}\p{Pd}]{2,30}(?:\s\p{Lu}[\p{L}\p{Pd}]{2,30})?)\s*[.,]?\s*$/u.exec(
    text,
  )?.[1];
  return place !== undefined && (CITY_NAMES.has(place) || !/\p{Ll}/u.test(place));
}

/** The date a sentence is made of and nothing else ("Дүйсенбі, 3 ақпан", "5 июня 2022 года."). */
function onlyDate(s: Sentence, bySentence: Map<number, DocTimex[]>): DocTimex | undefined {
  const dates = bySentence.get(s.index);
  if (!dates?.length) return undefined;
  let rest = s.text;
  for (const t of [...dates].sort((a, b) => b.start - a.start))
    rest = rest.slice(0, t.start - s.start) + rest.slice(t.end - s.start);
  if (/\p{L}/u.test(rest)) return undefined;
  // (A weekday and its day, "Понедельник, 3 февраля": the day.)
  return dates.length === 1 ? dates[0] : dates.find((t) => t.granularity === 'day');
}

/** The lines of an article that are a date and nothing else, found once per article. */
const DATE_LINES = new WeakMap<Doc, Map<number, DocTimex>>();
function dateLines(doc: Doc, bySentence: Map<number, DocTimex[]>): Map<number, DocTimex> {
  let lines = DATE_LINES.get(doc);
  if (!lines) {
    lines = new Map();
    for (const x of doc.sentences) {
      const alone = doc.text[x.start - 1] ?? '\n';
      const t =
        /\n/u.test(alone) && /^\s*(?:\n|$)/u.test(doc.text.slice(x.end, x.end + 3))
          ? onlyDate(x, bySentence)
          : undefined;
      if (t) lines.set(x.index, t);
    }
    DATE_LINES.set(doc, lines);
  }
  return lines;
}

/**
 * A page of dated entries, a digest of the week or a live blog ("Дүйсенбі, 3 ақпан" on a line,
 * then what happened that day): the date line heads every sentence after it up to the next date
 * line or the next paragraph after the entry. Only a page with two date lines or more is one: a
 * single date line is the article's own dateline or a chronicle's heading (`headingDate`).
 */
export function entryDate(
  doc: Doc,
  s: Sentence,
  bySentence: Map<number, DocTimex[]>,
): { timex: DocTimex; sentence: Sentence } | undefined {
  const lines = dateLines(doc, bySentence);
  if (lines.size < 2) return undefined;
  // The date line is the paragraph's first sentence, or the sentence just before the paragraph.
  const first = firstSentenceOf(doc, s.paragraph);
  // (A paragraph that opens with a day of its own goes on telling that day: "1999 год", then
  // "1 марта — учредительный съезд. Председателем избран …".)
  if (!first || opensWithDate(doc, first, bySentence)) return undefined;
  for (const k of [first.index, first.index - 1]) {
    const timex = k < s.index ? lines.get(k) : undefined;
    if (timex) return { timex, sentence: doc.sentences[k]! };
  }
  return undefined;
}

/**
 * On a "this day in history" page ("Этот день в истории: 19 марта" / "Сегодня, 19 марта,
 * вспоминаем …" / "2019 год" / "Назарбаев объявил о сложении полномочий"), a year heading stands
 * for the page's day of that year: the entry under it happened on that day.
 */
export function onPagesDay<T extends { timex: DocTimex }>(
  doc: Doc,
  told: T | undefined,
  bySentence: Map<number, DocTimex[]>,
): T | undefined {
  if (!told || !/^\d{4}$/u.test(told.timex.value)) return told;
  const day = pageDay(doc, bySentence);
  return day ? { ...told, timex: { ...told.timex, value: told.timex.value + day } } : told;
}

/** The page's day ("-03-19") when the headline or lead names the page "this day in history". */
const PAGE_DAYS = new WeakMap<Doc, string | null>();
function pageDay(doc: Doc, bySentence: Map<number, DocTimex[]>): string | undefined {
  let day = PAGE_DAYS.get(doc);
  if (day === undefined) {
    const cue = ASPECT[doc.lang].thisDayPage;
    const top = doc.sentences.slice(0, 4);
    day = null;
    if (cue && top.some((x) => cue.test(x.text)))
      for (const x of top) {
        const t = (bySentence.get(x.index) ?? []).find(
          (t) => t.anchor === 'dct' && /^\d{4}-\d{2}-\d{2}$/u.test(t.value),
        );
        if (t) {
          day = t.value.slice(4);
          break;
        }
      }
    PAGE_DAYS.set(doc, day);
  }
  return day ?? undefined;
}

/** Told as done: a simple past or a short passive, the last word where the verb ends the clause. */
function tellsDone(lang: Doc['lang'], text: string): boolean {
  const aspect = ASPECT[lang];
  // (Not an adjective's -ты: "Ең басты жаңалық – референдум" tells no act.)
  const verb = aspect.verbFinal ? (/[\p{L}-]+(?=[^\p{L}]*$)/u.exec(text)?.[0] ?? '') : text;
  return aspect.narration.test(verb) && !aspect.future.test(text);
}
