/**
 * What the title arguments ask of a language: the cues that find what a sentence's event is about
 * (topics.ts), which post it names (posts.ts), who meets whom (groups.ts), and whether a session
 * is joint or an election a snap one (describe.ts). Each locale answers in its own
 * locales/<lang>/lexicon/titleCues.ts; the keys and the title phrases they stand for are shared.
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_TITLE_CUES } from '../locales/kk/lexicon/titleCues';
import { RU_TITLE_CUES } from '../locales/ru/lexicon/titleCues';

/** Keys with the cue that finds each; the first matching key wins, so specific keys come first. */
export type KeyedCues = ReadonlyArray<readonly [string, RegExp]>;

export interface TitleCues {
  /** Keyed like TOPICS (topics.ts). */
  topics: KeyedCues;
  /** Keyed like POSTS (posts.ts). */
  posts: KeyedCues;
  /** Keyed like GROUPS (groups.ts): who meets. */
  groups: KeyedCues;
  /** The part of a meeting sentence that names whom one met; group 1 holds the group's words. */
  metWith: RegExp;
  /** A session of both chambers of Parliament. */
  joint: RegExp;
  /** A snap election or an extraordinary congress. */
  extraordinary: RegExp;
  /**
   * A post one was elected to, not appointed to: the verb of electing in every voice and tense
   * ("избран", "избрали", "изберут"; "сайланды", "сайлады", "сайлап").
   */
  elected: RegExp;
  /**
   * A post taken by its holder, who is the verb's subject ("возглавил Совет безопасности",
   * "кеңесті басқарды"): the head of state so named took a post, he made no appointment.
   */
  tookPost: RegExp;
  /** An agreement ratified, not signed ("келісімді ратификациялады", "ратифицировал договор"). */
  ratified: RegExp;
  /**
   * Talks held, not a journey made ("провел переговоры", "келіссөздер жүргізді"): a town named is
   * where they were held, not one the actor visits (the host's own capital).
   */
  talks: RegExp;
  /** A resignation someone accepted, not one only handed in or gone into. */
  accepted: RegExp;
  /** A resignation letter, filed or named: "заявление об отставке", "отставка туралы өтініш". */
  resignationLetter: RegExp;
  /**
   * The head of state, named by the post alone, signing ("Глава государства подписал", "Мемлекет
   * басшысы … қол қойды"): a law's or a decree's signer when no name is told.
   */
  headOfStateSigns: RegExp;
  /**
   * The issuer of the act an appointment is made by, told in the genitive by the act's noun
   * ("Распоряжением Премьер-министра", "Премьер-Министрдің өкімімен"): his post is not the post
   * given. Global, so that every such phrase is left out before the post is read.
   */
  actIssuer: RegExp;
  /**
   * Posts told as kept ("сохранив посты председателя Совета безопасности и партии", "партия
   * төрағасы қызметін сақтап қалды"): not the post left or given, whatever else the sentence tells.
   * Global, like `actIssuer`.
   */
  keptPost: RegExp;
  /**
   * Posts the one appointed or elected held before, told by a participle that describes him
   * ("…, ранее работавшего секретарем маслихата", "бұрын мәслихат хатшысы болған"): not the post
   * given. Global, like `actIssuer`.
   */
  heldBefore: RegExp;
  /** The Constitution called new ("жаңа Конституция", "новая Конституция"), not amendments to it. */
  newConstitution: RegExp;
  /** A deputy called the first ("первым заместителем", "бірінші орынбасары", "первый вице-министр"). */
  firstDeputy: RegExp;
}

export const TITLE_CUES: Record<SourceLang, TitleCues> = {
  kk: KK_TITLE_CUES,
  ru: RU_TITLE_CUES,
};
