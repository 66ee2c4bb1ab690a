/**
 * What dateOwnership.ts asks of a language about which noun of a sentence owns a date: where a
 * participle gives a cue its own day, where a cue is only the possessor of another (the results of
 * a vote), and where a date stands in the attributive position. Each locale answers in its own
 * folder (locales/kk/events/dateOwnership.ts, locales/ru/…); weighing the sentence's cues is shared.
 */
import { KK_DATE_OWNERSHIP } from '../locales/kk/events/dateOwnership';
import { RU_DATE_OWNERSHIP } from '../locales/ru/events/dateOwnership';
import type { Doc } from '../types';
import type { DocTimex } from '../stages/dates';
import type { TriggerHit } from './findTriggers';

/** A cue or a head by where it stands in its sentence and its words. */
type Cue = Pick<TriggerHit, 'at' | 'text'>;

export interface DateOwnershipGrammar {
  /** A participle before the cue (in the 50 characters up to it) gives it a day of its own. */
  describedBefore: RegExp;
  /**
   * A participle phrase set off after the cue (read from it, as pickTimex in dateEvent.ts reads it):
   * when the phrase holds a date of the sentence, the cue has a day of its own.
   */
  describedAfter?: RegExp;
  /**
   * The body a vote fills, between the vote's noun and its own date ("выборы в Мажилис 19 марта"):
   * the date is still the vote's, as if right after it.
   */
  voteChamber?: RegExp;
  /** A law or a decree in this form before another act is what that act is about, no law passed. */
  aboutAnotherAct?: RegExp;
  /** Whether `owner` stands as the possessor of `head` (results) in the sentence `text`. */
  possessorOf(text: string, owner: Cue, head: Cue): boolean;
  /** A date in the form that makes it an attribute of the noun after it ("2022 жылғы"). */
  attributiveDate?: RegExp;
  /**
   * Words in a season's expression that say which year's season it is ("биыл күзде", "осы
   * жылдың күзінде", "этой осенью", "прошлой весной"): a bare season ("күзде", "осенью") does not.
   */
  definiteSeason: RegExp;
  /**
   * A date an act is counted since, read over the date's text and the words just after it
   * (`sinceAfter`: "2019 жылдан бергі") or the words before it (`sinceBefore`: "впервые с"): the
   * start of a period, not the day of the act the sentence tells.
   */
  sinceAfter?: RegExp;
  sinceBefore?: RegExp;
  /** In the date's clause after it: the act is the one the date is of after all ("бері жалғасып келеді"). */
  sinceOwned?: RegExp;
  /** A document's own date written after this in its cue: "указ от 19 января". */
  documentDateCue?: RegExp;
  /**
   * A verb-final language's finite verb ends its clause: a cue whose last word is one, followed by
   * a joint ("ұсынды және …", "ұсынды, …"), owns no date told after it (`verbEnd` over the cue's
   * text, `joint` over the words right after it).
   */
  closingVerb?: { verbEnd: RegExp; joint: RegExp };
  /** The date of the sentence (`own`) the cue's noun owns by its position, if any. */
  attributedDate(
    s: Doc['sentences'][number],
    hit: TriggerHit,
    own: readonly DocTimex[],
  ): DocTimex | undefined;
}

export const DATE_OWNERSHIP: Record<Doc['lang'], DateOwnershipGrammar> = {
  kk: KK_DATE_OWNERSHIP,
  ru: RU_DATE_OWNERSHIP,
};
