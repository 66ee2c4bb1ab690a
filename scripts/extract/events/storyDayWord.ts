/**
 * A trigger whose own clause tells its day by a word that refers back to the story ("сол күні",
 * "в тот же день", "келесі күні") which the tagger could not count from any day told as happened
 * ("Президент оны 6 қазанда өткізетінін айтты, ал Жарлыққа сол күні қол қойылды", with no day of
 * the saying told): that word is its date, and the day of the other clause (what was said of the
 * future) is not. The event is then dated as the story's time is (events/when.ts: "at that same
 * time", else the news), never on the day that lies ahead.
 */
import type { SourceLang } from '../../../src/model/schema';
import { isNextDay, isSameDay } from '../dates/nextDay';
import type { DocTimex } from '../stages/dates';
import type { Sentence } from '../types';
import type { TriggerHit } from './findTriggers';
import { sameClause } from './sameClause';

export function beyondOwnDayWord(
  lang: SourceLang,
  s: Sentence,
  hit: TriggerHit,
  date: DocTimex,
  words: readonly DocTimex[],
): boolean {
  return words.some((w) => sameClause(lang, s, hit, w) && !sameClause(lang, s, hit, date));
}

/** The article's story-day words left with no day, by sentence (read once per article). */
export function storyDayWordsBySentence(
  lang: SourceLang,
  timexes: readonly DocTimex[],
): Map<number, DocTimex[]> {
  const by = new Map<number, DocTimex[]>();
  for (const w of timexes)
    if (w.granularity === 'ref' && (isNextDay(w, lang) || isSameDay(w, lang)))
      by.set(w.sentence, [...(by.get(w.sentence) ?? []), w]);
  return by;
}
