/**
 * A chamber's post as the one met, not the host: "Президент встретился с председателем Сената",
 * "Президент Сенат төрағасымен кездесті" is a meeting with the chairman, not a session of the
 * Senate (the other side of hostPost.ts). The post stands in the instrumental (comitative) in the
 * cue's sentence. Cues per language (locales/<lang>/lexicon/metPost.ts).
 */
import type { Localized, SourceLang } from '../../../src/model/schema';
import { KK_MET_POSTS } from '../locales/kk/lexicon/metPost';
import { RU_MET_POSTS } from '../locales/ru/lexicon/metPost';
import type { HostPost } from './hostPost';
import { L } from './titleParts';

/** Each post as the one met, tested on the sentence. */
export type MetPostCues = ReadonlyArray<readonly [HostPost, RegExp]>;

const CUES: Record<SourceLang, MetPostCues> = { kk: KK_MET_POSTS, ru: RU_MET_POSTS };

/** The chamber's post the sentence's meeting is with, if it names one so. */
export function metPost(lang: SourceLang, text: string): HostPost | undefined {
  return CUES[lang].find(([, re]) => re.test(text))?.[0];
}

/** The post as one met: kk in the comitative, ru in the instrumental, en as an object. */
export const MET_POST_NAMES: Record<HostPost, Localized> = {
  'senate-chairman': L('Сенат Төрағасымен', 'председателем Сената', 'the Chairman of the Senate'),
  'mazhilis-chairman': L('Мәжіліс Төрағасымен', 'председателем Мажилиса', 'the Chairman of the Mazhilis'), // prettier-ignore
  senator: L('Сенат депутатымен', 'депутатом Сената', 'a member of the Senate'),
  'senate-deputy-chairman': L('Сенат Төрағасының орынбасарымен', 'заместителем председателя Сената', 'the Deputy Chairman of the Senate'), // prettier-ignore
  'mazhilis-deputy-chairman': L('Мәжіліс Төрағасының орынбасарымен', 'заместителем председателя Мажилиса', 'the Deputy Chairman of the Mazhilis'), // prettier-ignore
};
