/**
 * A meeting whose host the sentence names by a chamber's post alone ("Сенат төрағасы министрмен
 * кездесті", "Председатель Мажилиса встретился с послом"): the chamber is only the owner of the
 * post, so the meeting is the post holder's, not a session of the chamber. The post stands in the
 * nominative as the subject, in the cue's clause before it. Cues per language
 * (locales/<lang>/lexicon/hostPost.ts).
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_HOST_POSTS } from '../locales/kk/lexicon/hostPost';
import { RU_HOST_POSTS } from '../locales/ru/lexicon/hostPost';
import { POSTS } from './posts';
import { L } from './titleParts';

export type HostPost =
  | 'senate-chairman'
  | 'mazhilis-chairman'
  | 'senate-deputy-chairman'
  | 'mazhilis-deputy-chairman'
  | 'senator';

/** Each post in the nominative, tested on the cue's clause before it. */
export type HostPostCues = ReadonlyArray<readonly [HostPost, RegExp]>;

const CUES: Record<SourceLang, HostPostCues> = { kk: KK_HOST_POSTS, ru: RU_HOST_POSTS };

/** The post that hosts the meeting whose cue is at `at`, if it is named so. */
export function hostPost(lang: SourceLang, text: string, at: number): HostPost | undefined {
  const clause =
    text
      .slice(0, at)
      .split(/[.;!?]|,\s+(?:а|но|ал|бірақ)\s/u)
      .pop() ?? '';
  return CUES[lang].find(([, re]) => re.test(clause))?.[0];
}

/** The post as a title's subject: "Chairman of the Senate", "Председатель Сената", "Сенат Төрағасы". */
export function hostName(post: HostPost) {
  const p = POSTS[post];
  const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
  return { name: L(cap(p.kk), cap(p.ru), `The ${p.en}`), female: false, headOfState: false };
}
