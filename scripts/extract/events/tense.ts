/**
 * The tense a trigger is told in, as of its article (ahead, done, or not said), and the status
 * that follows from it and the event's date: the language rules are the locales' aspect cues
 * (events/aspect.ts); this reads them around one trigger.
 */
import { edtfRange } from '../../../src/model/queries/edtfRange';
import type { EventDate, SourceLang } from '../../../src/model/schema';
import type { DocumentDate } from '../stages/documentDate';
import type { Sentence } from '../types';
import { clauseOfSpeech } from '../dates/quotedClause';
import { memoByText } from '../memoByText';
import { blankQuotedNames } from './blankQuotedNames';
import { ASPECT, throughCueWord } from './aspect';
import { earliestDay, spannedDays } from './dateEvent';
import { DATE_OWNERSHIP } from './dateOwnershipGrammar';

/** A trigger in its sentence: where it stands and its words. */
export interface TenseInput {
  lang: SourceLang;
  sentence: Sentence;
  /** Offset of the trigger within the sentence, and its text. */
  at: number;
  trigger: string;
}

export type Tense = 'future' | 'past' | undefined;

/**
 * The aspect of the clause that carries the trigger (verbs of saying set aside). Direct speech is
 * a clause of its own (dates/quotedClause.ts): a verb of saying outside the quotation marks is
 * told in its own tense, whatever the quoted words', and a trigger inside them in theirs.
 */
export function tenseOf(x: TenseInput): Tense {
  // (Asked again for the same trigger by the stages after event detection, and for every
  // repetition of a sentence: it depends on the sentence's text and the trigger's place and words.)
  const known = TENSES[x.lang](x.sentence.text);
  const key = `${x.at}:${x.trigger}`;
  if (!known.has(key)) known.set(key, readTense(x));
  return known.get(key);
}

const TENSES: Record<SourceLang, (text: string) => Map<string, Tense>> = {
  kk: memoByText(() => new Map()),
  ru: memoByText(() => new Map()),
};

function readTense(x: TenseInput): Tense {
  const own = clauseOfSpeech(x.sentence.text, x.at, x.at + x.trigger.length);
  // (Quoted names are no verbs: «Ауыл» ends as a past does; nor are the names the locale tells by
  // their capital, "Абдалла". The trigger itself is read in its own words.)
  const quoted = blankQuotedNames(own.text, own.start, own.start + x.trigger.length);
  const to = own.start + x.trigger.length;
  const blanked = ASPECT[x.lang].blankNames?.(quoted) ?? quoted;
  const text = blanked.slice(0, own.start) + quoted.slice(own.start, to) + blanked.slice(to);
  return tenseInClause({ ...x, sentence: { ...x.sentence, text }, at: own.start });
}

/**
 * The tense of a vote named as the one candidates are put up for ("2026 жылғы Мәжіліс сайлауына
 * кандидат ұсынды", "выдвинула кандидатов на выборы 2026 года"): whatever the nominating verb's
 * tense, the vote is still ahead of it, unless its own participle tells it held ("өткен сайлауға
 * кандидат болған", "прошедших выборах"). Its date, where it ended before publication, still
 * makes it done (statusOf).
 */
export function candidacyTense(x: TenseInput): Tense {
  const before = x.sentence.text.slice(Math.max(0, x.at - 80), x.at);
  return ASPECT[x.lang].participleBefore?.past.test(before) === true ? 'past' : 'future';
}

function tenseInClause(x: TenseInput): Tense {
  const aspect = ASPECT[x.lang];
  const s = x.sentence.text;
  const after = s.slice(x.at);
  // (The participle of the trigger's own noun phrase: "20 қарашада өткен … сайлаудың қорытындылары
  // … белгіленетін болады" tells of a vote held, whatever is ahead for its results.)
  const before = s.slice(Math.max(0, x.at - 80), x.at);
  if (aspect.participleBefore?.past.test(before)) return 'past';
  if (aspect.participleBefore?.future.test(before)) return 'future';
  const upToCue = throughCueWord(s, x.at);
  if (aspect.ahead.test(after) || aspect.aheadBefore.test(upToCue)) return 'future';
  if (aspect.intendedBefore?.test(upToCue) === true) return 'future';
  // "…келіссөздер үстеліне отыруы тиіс", "переговоры должны начаться": the trigger's own clause
  // says "must".
  const own = ownClause(x.lang, s, x.at);
  if (aspect.modal.test(own)) return 'future';
  const set = aspect.scheduledFor?.exec(own);
  if (set && set[0].length > x.trigger.length) return 'future';
  if (aspect.futureForm.test(own) && !aspect.past.test(own)) return 'future';
  // "Сенат шартты ратификацияламақ": the future closing the clause is its tense. (Unless a past
  // participle stands in it: "қабылданған заңға" tells an act done, whatever is ahead for it.)
  if (aspect.closingFuture?.test(own) && !aspect.participle.test(own)) return 'future';
  if (endsInOwnPast(x)) return 'past';
  if (endsInOwnPresent(x)) return 'future';
  // Where the verb comes before its object (Russian), the trigger's own clause tells its tense
  // before the sentence's others: "подписал указ, который вступит в силу", "заявил, что съезд
  // пройдет" were done; what the later clause tells is ahead.
  if (!aspect.verbFinal) {
    const mine = own.replace(aspect.speech, (w) => (aspect.narration.test(x.trigger) ? w : ' '));
    if (aspect.future.test(mine)) return 'future';
    if (aspect.past.test(mine)) return 'past';
  }
  const rest = after.slice(x.trigger.length).replace(aspect.speech, ' ');
  // In a verb-final language the verb that governs the trigger follows it, and a past there wins
  // over a future form (a participle) before it.
  // (With no verb after the trigger, its own verb is in it: read the sentence from the colon or
  // semicolon before it, "Саммит басталды: Беларусь ұйымның толық мүшесі атанбақ" tells the
  // membership ahead, whatever the clause before it tells.)
  const clause =
    aspect.verbFinal && /[\p{L}]{3,}/u.test(rest)
      ? rest
      : (aspect.verbFinal ? s.slice(s.slice(0, x.at).search(/[:;][^:;]*$/u) + 1) : s).replace(
          aspect.speech,
          ' ',
        );
  if (aspect.future.test(clause) && !(aspect.verbFinal && aspect.past.test(clause)))
    return 'future';
  if (aspect.past.test(clause)) return 'past';
  return undefined;
}

/**
 * A trigger that ends in the final verb of the sentence or of its clause, a simple past ("…
 * іріктеу өткізетінін мәлімдеді", "… сынға алды"), where the locale's finalVerbNarrates says so:
 * that verb is the act, done, whatever the words it reports tell of the future; and it is
 * narrated, even when it is a verb of saying.
 */
export function endsInOwnPast(x: TenseInput): boolean {
  const aspect = ASPECT[x.lang];
  if (aspect.finalVerbNarrates !== true) return false;
  const last = x.trigger.replace(/^.*\s/su, '');
  const after = x.sentence.text.slice(x.at + x.trigger.length);
  // (Or its clause's: "Үгіт кезеңі бүгін басталды, ол 14 наурызда аяқталады" began today, whatever
  // the next clause tells of its end; so does a joint, "… ұсынды және … болатынын айтты".)
  return (
    aspect.narration.test(last) &&
    (!/[\p{L}]/u.test(after) ||
      /^\s*[,;]/u.test(after) ||
      !!DATE_OWNERSHIP[x.lang].closingVerb?.joint.test(after))
  );
}

/**
 * A happening that is itself its clause's final verb in the present-future, passive or
 * intransitive ("Кандидаттарды ұсыну аяқталады", "науқан басталады", "сайлау өтеді"): a
 * schedule, ahead, whatever a noun's accusative before it looks like ("кандидаттар-ды" has the
 * shape of a past). (Not an actor's act: "ОСК қорытындыларын жариялайды" in a lead is the day's
 * news; nor the progressive "басқарып келеді", has been leading.)
 */
// (The passive -ыл/-іл after a stem with a vowel, -н/-л after a vowel stem of two syllables:
// "өткіз-іл-еді", "сайла-н-ады", "баста-л-ады"; not "кел-еді", "ал-ады".)
const V = '[аәеыіоөұүуя]';
const HAPPENING_PRESENT = new RegExp(
  `^(?:\\p{L}*${V}\\p{L}*(?:ыл|іл)(?:а|е)(?:ды|ді)|\\p{L}*${V}\\p{L}*${V}[нл](?:а|е)(?:ды|ді)|өтеді|болады|жалғасады)$`,
  'u',
);
/**
 * HAPPENING_PRESENT of one word, remembered: its stems read the word back and forth (10–20 µs a
 * word of four syllables), and each event asks of its trigger's last word.
 */
const isHappeningPresent = memoByText((word) => HAPPENING_PRESENT.test(word));
function endsInOwnPresent(x: TenseInput): boolean {
  if (!ASPECT[x.lang].verbFinal) return false;
  const last = x.trigger.replace(/^.*\s/su, '');
  const after = x.sentence.text.slice(x.at + x.trigger.length);
  return (
    isHappeningPresent(last.toLowerCase()) && (!/[\p{L}]/u.test(after) || /^\s*[,;]/u.test(after))
  );
}

/**
 * The trigger's own clause: in a verb-final language (Kazakh) from the trigger to the next comma;
 * else (Russian) between the commas around it.
 */
export function ownClause(lang: SourceLang, text: string, at: number): string {
  const stop = text.slice(at).search(/[,;:]/u);
  const end = stop < 0 ? text.length : at + stop;
  return ASPECT[lang].verbFinal
    ? text.slice(at, end)
    : text.slice(Math.max(...[',', ';', ':'].map((c) => text.lastIndexOf(c, at))) + 1, end);
}

/** Ahead or done as of the article: by the date against the publication, else by the tense. */
export function statusOf(
  date: EventDate,
  tense: Tense,
  dct?: DocumentDate,
): 'planned' | 'reported' {
  // A week is drawn as its month ("келесі аптада" → 2025-03, dateEvent.ts) and a season as its
  // year, but the week or the season itself says whether it is ahead of publication or behind
  // it: "на следующей неделе", "осенью этого года" in June are ahead.
  const week = date.timex ? spannedDays(date.timex) : undefined;
  const day = week?.[0] ?? earliestDay(date.edtf);
  if (dct && day) {
    if (day > (dct.to ?? dct.from)) return 'planned';
    // (Past only when it ended before: a year or a month the article is written in, "выборы
    // могут пройти уже в этом году", is ahead or done as the tense tells.)
    const last = week?.[1] ?? lastDay(date.edtf);
    if (last < dct.from && date.method !== 'publication-interval') return 'reported';
  }
  return tense === 'future' ? 'planned' : 'reported';
}

/** The last day a date covers ("2026" → 2026-12-31), ISO; an open end is far ahead. */
function lastDay(edtf: string): string {
  const range = edtfRange(edtf);
  if (range === null) return earliestDay(edtf) ?? '';
  return Number.isFinite(range[1])
    ? new Date(range[1] - 1).toISOString().slice(0, 10)
    : '9999-12-31';
}
