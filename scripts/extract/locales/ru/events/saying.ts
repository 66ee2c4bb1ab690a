/**
 * A date in the main clause of a Russian verb of saying or thinking dates that saying, not what
 * it reports after "что"/"чтобы": "Еще 14 марта президент сказал, что готов обсуждать переход к
 * однопалатной модели" was said on 14 March; the reform it speaks of has no day there. So does
 * "ОБСЕ сегодня заявила, что выборы были омрачены нарушениями": the vote was before. The verb
 * comes before its complement in Russian, so the order is date … verb … "что" … trigger.
 */
import type { Sentence } from '../../../types';
import { RU_ASPECT } from './aspect';

/**
 * Verbs of saying, promising and thinking that take a "что" complement, in the past (all genders
 * and numbers) and the present: "сказал", "заявила", "отметили", "сообщает", "считает". The
 * imperfective stems too take the past's -л ("утверждал", "заявлял", "отмечали"): a saying
 * repeated or told as done at some time is as much the saying, and its date as much its own.
 */
const IMPERFECTIVE = String.raw`(?:сообща|заявля|отмеча|подчеркива|указыва|напомина|признава|утвержда|уверя|заверя|повторя|объявля|рассказыва|поясня|предупрежда)`;
const SAYING = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:сказа|заяви|отмети|подчеркну|сообщи|рассказа|поясни|напомни|объяви|призна|пообеща|обеща|завери|уточни|добави|указа|говори|замети|предупреди|выразил\s+уверенность|счита|полага|дума|отвеча|ответи)(?:л|ла|ло|ли)|${IMPERFECTIVE}(?:л|ла|ло|ли)|(?:сообща|заявля|отмеча|подчеркива|счита|полага|говор|указыва|напомина|признав|утвержда|уверя|заверя|повторя)(?:ет|ют|ит|ят|ёт))(?![\p{L}])`,
  'iu',
);
/** What is said, set off from its verb: "что", "чтобы". */
const COMPLEMENT = /(?<![\p{L}])(?:что|чтобы)(?![\p{L}])/iu;

/** The day of the telling: "сегодня", "вчера". */
const DEICTIC_DAY = /^(?:сегодня|вчера)/iu;

/**
 * Whether the date (ending at `to` in the sentence) stands before a verb of saying whose "что"
 * complement holds the trigger at `at`: the date is the saying's. A calendar date is so only when
 * what was said tells no past act: "5 января Токаев … объявил, что возглавил Совет безопасности"
 * may be the act's own day (the president took the chair and said so), while "14 марта … сказал,
 * что готов обсуждать переход" is not the day of a transition he is ready to discuss. "Today" and
 * "yesterday" date the telling whatever it tells.
 */
export function ruDayOfSaying(
  s: Sentence,
  at: number,
  date: { end: number; text: string },
): boolean {
  const to = date.end - s.start;
  if (to > at) return false;
  const between = s.text.slice(to, at);
  const verb = SAYING.exec(between);
  if (!verb) return false;
  const rest = between.slice(verb.index + verb[0].length);
  const cue = COMPLEMENT.exec(rest);
  if (!cue) return false;
  if (DEICTIC_DAY.test(date.text)) return true;
  const said = s.text.slice(to + verb.index + verb[0].length + cue.index + cue[0].length);
  // (A short passive after the future auxiliary is ahead: "парламент будет распущен".)
  return !RU_ASPECT.narration.test(said.replace(/(?<![\p{L}])(?:будет|будут)\s+[\p{L}-]+/giu, ' '));
}

/**
 * What is said after a verb of saying or promising: its "что"/"чтобы" clause ("заявил, что замена
 * вывесок должна завершиться до конца 2019 года", "сообщила журналистам, что съезд пройдет 5
 * мая", "заявил о том, что …") or its infinitive right after it ("пообещал открыть приемные до
 * конца 2024 года", "пообещала провести съезд в апреле") or its direct speech after a colon ("заявил:
 * 20 марта мы создадим комиссию").
 */
const SAID_AFTER = new RegExp(
  String.raw`^(?:[^.;!?]*?,\s*(?:что|чтобы)(?![\p{L}])|\s*:|\s+(?:(?:[\p{L}-]+\s+){0,2}?(?=\p{L}+(?:ать|ить|еть|ять|уть|ыть)(?:ся|сь)?(?![\p{L}])))?(?!(?:путь|суть|треть|сеть|плоть|нить|рать|мать|печать|знать|пять|десять|\p{L}+дцать|\p{L}+сять|\p{L}+надцать)(?![\p{L}]))\p{L}+(?:[аеиоуыя]ть|ти|чь)(?:ся|сь)?(?![\p{L}]))`,
  'iu',
);

/**
 * Whether the date (starting at `from` in the sentence) lies in what the statement cue ending at
 * `end` reports: it is the day of what was said or promised, not of the saying ("Аким заявил, что
 * замена … должна завершиться до конца 2019 года" was said on the news day).
 */
export function ruInWhatWasSaid(s: Sentence, end: number, from: number): boolean {
  return from >= end && SAID_AFTER.test(s.text.slice(end, from));
}

/** A cue that opens on a verb of inviting or calling ("пригласил … посетить", "призвал … принять"). */
const CALLING = /^(?:приглас|призва|призыв)/iu;
/** The infinitive a cue ends in: the act it invites or calls to. */
const CALLED_ACT = / [\p{L}-]+(?:[аеиоуыя]ть|ти|чь)(?:ся|сь)?$/u;

/**
 * Whether the date (starting at `from`) lies in the act a cue of inviting or calling ends in:
 * "пригласил Токаева посетить Москву в апреле" is the visit's April, not the invitation's.
 */
export function ruInCalledAct(s: Sentence, cue: { at: number; text: string }, from: number) {
  if (!CALLING.test(cue.text)) return false;
  const act = CALLED_ACT.exec(cue.text);
  if (act) return ruInWhatWasSaid(s, cue.at + act.index, from);
  // (Or the visit or the place invited to, with the date in that clause: "пригласил Токаева с
  // визитом в Москву в апреле", "пригласил Токаева в Москву в апреле".)
  const end = cue.at + cue.text.length;
  return VISIT_END.test(cue.text) && from >= end && !/[,;:.!?]/u.test(s.text.slice(end, from));
}

/**
 * The place one is invited to, after "в": a name in the accusative, in -у, -ю, -ь or a consonant
 * ("в Москву", "в Турцию", "в Казахстан"), not the prepositional of a time ("в апреле", "в мае",
 * "в рамках", "в этом году"), which the cue's case-blind reading cannot tell by its capital.
 */
export const RU_INVITED_TO = String.raw`(?:в|во)\s+(?!(?:этот|тот|свой|наш|ваш|их|его|ее|её)(?![\p{L}]))\p{L}+(?:[уюь]|[бвгджзклнпрстфцчшщ])(?![\p{L}])`;

/** A cue of inviting that ends in the visit or the place invited to. */
const VISIT_END = new RegExp(String.raw`(?:визит\p{L}*|(?<![\p{L}])${RU_INVITED_TO})$`, 'iu');

/**
 * Whether a verb of saying with its "что"/"чтобы" clause stands between a cue (ending at `end`)
 * and a date (starting at `from`) after it: the date is of what was said, not of the cue before
 * the verb ("Открывая заседание, президент напомнил, что полномочия перешли к нему 5 января":
 * 5 January is not the sitting's).
 */
export function ruSaidBetween(s: Sentence, end: number, from: number): boolean {
  if (from < end) return false;
  const between = s.text.slice(end, from);
  const verb = SAYING.exec(between);
  return !!verb && COMPLEMENT.test(between.slice(verb.index + verb[0].length));
}
