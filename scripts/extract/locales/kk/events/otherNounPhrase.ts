/**
 * Kazakh attribute phrases that give a date to another noun than the trigger's: Kazakh sets its
 * attributes (an attributive date, a participle, a participle made a noun) before the noun they
 * describe, so a date inside one dates that noun, not a trigger outside the phrase
 * (AttributePhraseGrammar.ofAnotherNoun, events/attributePhraseGrammar.ts).
 */
import { SETTING } from '../../../events/actSetting';
import type { TriggerHit } from '../../../events/findTriggers';
import type { DocTimex } from '../../../stages/dates';
import type { Sentence } from '../../../types';
import { kkVerbTense } from './kkVerbTense';
import { kkBeyondParticipleNoun } from './participleNoun';
import { kkCueInParticiplePhrase } from './cueInParticiple';
import {
  ATTRIBUTE_AFTER_DATE,
  ATTRIBUTIVE,
  KK_NAMING_NOUN_IN_U,
  KK_VERBAL_NOUN,
  PARTICIPLE,
  POSTPOSITION,
} from './phrase';

/** Whether the date `t` belongs to a noun its attribute phrase describes, not to `hit`. */
export function kkDateOfOtherNoun(s: Sentence, hit: TriggerHit, t: DocTimex): boolean {
  return (
    attributeOfOther(s, hit, t) ||
    describesNounBefore(s, hit, t) ||
    inParticiplePhraseAfter(s, hit, t) ||
    describesArgumentBefore(s, hit, t) ||
    kkBeyondParticipleNoun(s.text, t.end - s.start, hit.at, hit.text) ||
    // ("Референдумда қабылданған Конституция 1 шілдеде күшіне енеді": past the noun the cue's
    // participle describes, the main clause's day.)
    kkCueInParticiplePhrase(s.text, hit.at, t.start - s.start)
  );
}

/** A participle with its noun after it, not the predicate "жарияланған еді", "өткен болатын". */
const ATTRIBUTE_OF_NOUN = new RegExp(
  String.raw`^\s+${PARTICIPLE}\s+(?!(?:еді|болатын|екен|болды|edi)(?![\p{L}]))\p{L}`,
  'u',
);

/** The first noun after a date, past at most two names in the nominative ("Астана", "Nur Otan"). */
const NOUN_AFTER_NAMES =
  /^\s+(?:\p{Lu}[\p{L}-]*(?<!да|де|та|те|ға|ге|қа|ке|ны|ні|мен|бен|пен|ның|нің|дың|дің|тың|тің|нан|нен|дан|ден|тан|тен)\s+(?=\p{L})){0,2}([\p{L}-]+)/u;

/**
 * A Kazakh date in the attributive form belongs to the noun after it ("2 қыркүйектегі Жарлығымен",
 * "2023 жылғы қорытынды"), so no other event of the sentence takes it; unless that noun is where
 * the sentence's act took place ("бүгінгі отырыста … заң қабылданды": at that sitting, that day) or
 * the act by which it was done.
 */
function attributeOfOther(s: Sentence, hit: TriggerHit, t: DocTimex): boolean {
  if (!ATTRIBUTIVE.test(t.text)) return false;
  // (A name in the nominative before it is the noun's attribute, not the noun: "2017 жылғы Астана
  // саммитінде" is at the summit.)
  const m = NOUN_AFTER_NAMES.exec(s.text.slice(t.end - s.start));
  const noun = m?.[1];
  // (An act in the instrumental, "4 шілдедегі Жарлығымен … тағайындалды", dates what it did.)
  if (noun !== undefined && !SETTING.test(noun)) return true;
  // The setting of a participle is that participle's ("Сайлау 5 маусымдағы референдумда
  // қабылданған түзетулерге сәйкес өтті": the amendments adopted at the referendum), so a trigger
  // before the date, outside that phrase, is not dated by it; the participle's own noun after it
  // is ("бүгінгі отырыста қабылданған заң").
  return (
    m !== null &&
    hit.at < t.start - s.start &&
    ATTRIBUTE_OF_NOUN.test(s.text.slice(t.end - s.start + m[0].length))
  );
}

/**
 * "2024 жылы атқарылған жұмыс туралы есеп берді": a Kazakh date with its participle (or the verbal
 * noun of an act, "15 наурызда өткізу туралы Жарлық") describes the noun the participle leads to;
 * where a postposition closes that noun's phrase ("туралы", "бойынша") before the trigger, the
 * trigger is another event, not dated by it. (Without one, the phrase may
 * run on to the trigger itself: "5 наурызда өтетін облыстық мәслихаттың сессиясында".)
 */
function describesNounBefore(s: Sentence, hit: TriggerHit, t: DocTimex): boolean {
  const to = t.end - s.start;
  const act = ACT_AFTER_DATE.exec(s.text.slice(to));
  if (act) return hit.at >= to + act[0].length;
  const attr = ATTRIBUTE_AFTER_DATE.exec(s.text.slice(to));
  if (!attr || hit.at < to + attr[0].length) return false;
  return POSTPOSITION.test(s.text.slice(to + attr[0].length, hit.at));
}

/**
 * A date then the verbal noun of the act it dates and "туралы": "15 наурызда өткізу туралы Жарлық".
 * Not a vote's name, the subject of an act: "2019 жылы сайлау туралы заң қабылдады" is the law's year.
 */
const ACT_AFTER_DATE = new RegExp(
  String.raw`^\s+(?!${KK_NAMING_NOUN_IN_U}\s)${KK_VERBAL_NOUN}\s+(?:туралы|жөнінде)(?![\p{L}])`,
  'u',
);

/** A bare participle: "басталған", "өтетін" (not "басталғанын", a reported act). */
const BARE_PARTICIPLE = /(?:ған|ген|қан|кен|атын|етін|йтын|йтін)$/u;
/**
 * After a participle, words that make it no attribute: a copula or auxiliary, any form of "бол"
 * ("өтетін болады", will be held; "өткен болатын"), or a postposition.
 */
const NOT_A_NOUN = /^(?:еді|екен|жоқ|соң|кейін|сайын|бері|бойы|бол(?!ашақ)\p{L}*)$/u;

/**
 * "Сессияда хатшы 2022 жылғы қаңтардың басында Жаңаөзенде сұйытылған газ бағасына қарсы басталған
 * наразылықты еске салды": the first verb form after a Kazakh date, in its clause, is a participle
 * with a noun after it, so the date is inside that participle's phrase and dates what the phrase
 * describes, not a trigger before the date. A finite verb or a converb first ("5 наурызда өтіп,",
 * "5 наурызда өтті") keeps the date the clause's.
 */
function inParticiplePhraseAfter(s: Sentence, hit: TriggerHit, t: DocTimex): boolean {
  if (hit.at + hit.text.length > t.start - s.start) return false;
  return kkInParticiplePhrase(s.text, t.end - s.start);
}

/**
 * Whether the date ending at `to` of `text` lies in a participle phrase: the first verb form after
 * it, in its clause, is a bare participle with a noun after it ("2023 жылы сайланған депутаттар").
 */
export function kkInParticiplePhrase(text: string, to: number): boolean {
  // (A clause, not the rest of a sentence that may run for megabytes.)
  const rest = text.slice(to, to + 300);
  const stop = rest.search(/[,;:.!?–—]/u);
  const words = (stop < 0 ? rest : rest.slice(0, stop)).toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  for (const [i, w] of words.entries()) {
    if (BARE_PARTICIPLE.test(w) && w.length > 4) {
      const next = words[i + 1];
      return next !== undefined && !NOT_A_NOUN.test(next);
    }
    if (/(?:ып|іп|йып|йіп)$/u.test(w) || kkVerbTense(w) !== undefined) return false;
  }
  return false;
}

/** A participle made a noun, in the plural: "қаза тапқандардың", "сайланғандар", "қатысқандарға". */
const PARTICIPLE_AS_NOUN =
  /(?:ған|ген|қан|кен|атын|етін|йтын|йтін)(?:дар|дер|тар|тер|лар|лер)\p{L}*$/u;

/**
 * "Бүгін 2022 жылдың қаңтарында қаза тапқандардың туыстары … гүл қойды", "2019 жылы
 * сайланғандар бүгін ант берді": a Kazakh date right before a participle made a noun, in the
 * plural ("those who died", "those elected"), is the time of that participle: it dates the people
 * it names, an argument of the verb after them, not the act of a trigger after them. (A bare
 * participle before a noun is often only an adjective, "сұйытылған газ": not read here.)
 */
function describesArgumentBefore(s: Sentence, hit: TriggerHit, t: DocTimex): boolean {
  const to = t.end - s.start;
  if (hit.at < to) return false;
  const between = s.text.slice(to, hit.at);
  if (between.length > 200 || /[,;:–—«»"“”]/u.test(between)) return false;
  const words = between.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  // (Within three words of the date, and no setting first: "1 қыркүйектегі Жолдауында …
  // қатысқандарға рақымшылық жасауды ұсынды" is the address's day, where it was proposed.)
  for (const w of words.slice(0, 3)) {
    if (PARTICIPLE_AS_NOUN.test(w) && w.length > 6) return true;
    if (SETTING.test(w) || /(?:ып|іп|йып|йіп)$/u.test(w) || kkVerbTense(w) !== undefined)
      return false;
  }
  return false;
}
