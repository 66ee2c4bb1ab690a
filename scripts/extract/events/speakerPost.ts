/**
 * A speaker named by his post alone: "Президент заявил", "Мемлекет басшысы … ұсынды", "премьер
 * поручил акимам …". A statement, proposal or instruction with no person named is then titled by
 * the post ("The President makes a statement"), never by a guessed name. The post is the cue's
 * subject: in the nominative, in the cue's own clause, before it (or right after it, "— заявил
 * президент"); not another country's ("Президент Франции", "Ресей Президенті") nor a former or
 * vice- one. The cues are per language (locales/<lang>/lexicon/speakerPost.ts).
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_SPEAKER_POST } from '../locales/kk/lexicon/speakerPost';
import { RU_SPEAKER_POST } from '../locales/ru/lexicon/speakerPost';

export type SpeakerPost =
  | 'president'
  | 'prime-minister'
  | 'deputy-prime-minister'
  | 'capital-akim'
  | 'regional-akim'
  | 'city-akim'
  | 'district-akim'
  | 'akim'
  | 'minister';

export interface SpeakerPostCues {
  /** Each post in the nominative (global regexps: every place it stands is tried). */
  posts: ReadonlyArray<readonly [SpeakerPost, RegExp]>;
  /**
   * What may not stand right before the post (a former, new or foreign one's adjective), ending
   * the text (`\s*$`): one word with no space in it, tested on that word alone (tokenBefore).
   */
  notBefore: RegExp;
  /** What may not follow the post (another country's name, a noun the post only qualifies). */
  notAfter: RegExp;
  /** Kazakhstan named after the post ("Президент Казахстана"): read past it. */
  own: RegExp | undefined;
  /** The text between the post and the cue after it: one clause. */
  between: RegExp;
  maxWordsBetween: number;
  /** Whether the post may follow the cue ("— заявил президент"). */
  after: boolean;
  /**
   * A cue of duty, not of instructing ("аким должен дать ответ до 1 декабря", "әкім … аяқтауы
   * тиіс"): its subject is the one due, not the one who set the deadline.
   */
  duty: RegExp;
  /**
   * Another country's head of state or government by his post, in any case ("Ресей Президенті",
   * "Түркия Республикасының Президентімен", "Президент Франции", "Президентом США", "французский
   * президент"), global: not Kazakhstan's, whose post alone names him.
   */
  foreign: RegExp;
}

const CUES: Record<SourceLang, SpeakerPostCues> = { kk: KK_SPEAKER_POST, ru: RU_SPEAKER_POST };

const SPACE = /\s/u;

/**
 * The text from one character before the last word before `start` (up to `start`). notBefore is
 * one spaceless word and the space after it, so on this window it matches as on the whole text
 * before the post, and its lookbehind (`(?<![\p{L}])`) still sees the character before the word;
 * testing the whole text instead tried every position of a long sentence for every post and cue.
 */
function tokenBefore(text: string, start: number): string {
  let i = start;
  while (i > 0 && SPACE.test(text[i - 1]!)) i--;
  while (i > 0 && !SPACE.test(text[i - 1]!)) i--;
  return text.slice(Math.max(0, i - 1), start);
}

const words = (t: string) => t.split(/\s+/u).filter((w) => /\p{L}|\p{N}/u.test(w)).length;

/** Whether a cue tells a duty ("должен", "тиіс"), not an instruction given. */
export function isDuty(lang: SourceLang, cue: string): boolean {
  return CUES[lang].duty.test(cue);
}

/**
 * The text with every other country's head of state or government by his post blanked out (its
 * length kept): a cue that reads the President by his post alone ("Президент … подписал", "Глава
 * государства провёл встречу") does not read "Президент Франции" or "Ресей Президенті".
 */
export function withoutForeignPosts(lang: SourceLang, text: string): string {
  return text.replace(CUES[lang].foreign, (m) => ' '.repeat(m.length));
}

/** The post of the one who says, proposes or instructs by the cue at `at` (`len` long). */
export function speakerPost(
  lang: SourceLang,
  text: string,
  at: number,
  len: number,
): SpeakerPost | undefined {
  const cues = CUES[lang];
  if (cues.duty.test(text.slice(at, at + len))) return undefined;
  for (const [post, re] of cues.posts) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      let end = start + m[0].length;
      if (cues.notBefore.test(tokenBefore(text, start))) continue;
      const own = cues.own?.exec(text.slice(end));
      if (own) end += own[0].length;
      else if (cues.notAfter.test(text.slice(end))) continue;
      if (end <= at) {
        const between = text.slice(end, at);
        if (cues.between.test(between) && words(between) <= cues.maxWordsBetween) return post;
      } else if (cues.after && start >= at + len) {
        const between = text.slice(at + len, start);
        if (/^[\s\p{L}-]*$/u.test(between) && words(between) <= 1) return post;
      }
    }
  }
  return undefined;
}

/**
 * The posts a sentence names in the nominative, Kazakhstan's, wherever they stand (a pronoun
 * later may stand for one: pronounSpeaker.ts).
 */
export function postsNamed(lang: SourceLang, text: string): SpeakerPost[] {
  const cues = CUES[lang];
  const own = withoutForeignPosts(lang, text);
  const out: SpeakerPost[] = [];
  for (const [post, re] of cues.posts) {
    for (const m of own.matchAll(re)) {
      if (cues.notBefore.test(tokenBefore(own, m.index))) continue;
      const end = m.index + m[0].length;
      if (!cues.own?.test(own.slice(end)) && cues.notAfter.test(own.slice(end))) continue;
      out.push(post);
    }
  }
  return out;
}
