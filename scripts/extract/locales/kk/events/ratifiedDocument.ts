/**
 * A document ratified, dated by its attribute before it: "5 мамырдағы келісімді ратификациялады",
 * "2024 жылы қол қойылған шартты ратификациялады". The date is the document's (the day it was
 * signed), not the ratification's, which is told as the article's news or dated elsewhere
 * (events/ratifiedDocument.ts). A bare date before the noun ("5 мамырда келісімді
 * ратификациялады") is the act's.
 */
import type { TriggerHit } from '../../../events/findTriggers';
import type { DocTimex } from '../../../stages/dates';
import type { Sentence } from '../../../types';
import { KK_TITLE_CUES } from '../lexicon/titleCues';
import { ATTRIBUTIVE, PARTICIPLE } from './phrase';

/**
 * The date's participle phrase, a word or two ("қол қойылған", "Ташкентте жасалған") closed by the
 * participle, then the noun it describes: not a place or session told in the locative ("5 мамырда
 * өткен отырыста … ратификациялады" is the ratification's day).
 */
const PARTICIPLE_OF_NOUN = new RegExp(
  String.raw`^(?:\s+[\p{L}\p{M}-]+){0,2}?\s+${PARTICIPLE}\s+(?![\p{L}\p{M}]*(?:да|де|та|те)(?![\p{L}\p{M}]))`,
  'u',
);

/** Whether `t` is the own date of the document `hit` names, in a sentence telling its ratification. */
export function kkRatifiedDocumentDate(s: Sentence, hit: TriggerHit, t: DocTimex): boolean {
  const to = t.end - s.start;
  const between = s.text.slice(to, hit.at);
  // (Within the document's noun phrase: a few words, no clause break.)
  if (to > hit.at || between.length > 80 || /[,;:.!?–—]/u.test(between)) return false;
  const attribute = ATTRIBUTIVE.test(t.text) || PARTICIPLE_OF_NOUN.test(between);
  // (A document told as signed that day is titled by its signing and keeps the day; the law of its
  // ratification never takes it: "5 мамырда қол қойылған келісімді ратификациялады".)
  const ratified =
    KK_TITLE_CUES.ratified.test(s.text) ||
    (hit.trigger.type === 'law' && /ратификация/iu.test(s.text));
  return attribute && ratified;
}
