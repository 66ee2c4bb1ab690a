/**
 * The post an appointment gives, where the sentence names more than one post: the one in the
 * appointment's complement, told by its case or by the word after it
 * (locales/<lang>/postGiven.ts), not the post of those who consent or appoint. "Депутаты Сената
 * дали согласие на назначение Ивана Петрова Генеральным прокурором" gives the Prosecutor General's
 * post, not a senator's; "Сенат депутаттары … Бас прокурор лауазымына тағайындауға келісім берді"
 * the same. The posts are tried in their cues' order (specific keys first), as posts.ts reads them.
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_POST_GIVEN } from '../locales/kk/postGiven';
import { RU_POST_GIVEN } from '../locales/ru/postGiven';
import { TITLE_CUES } from './titleCueWords';

interface GivenCues {
  phrase: ((words: readonly string[]) => boolean) | undefined;
  before: RegExp | undefined;
  after: RegExp | undefined;
}

const CUES: Record<SourceLang, GivenCues> = { kk: KK_POST_GIVEN, ru: RU_POST_GIVEN };

/** The post cues made global once, to read each match's place. */
const GLOBAL = new Map<SourceLang, Array<readonly [string, RegExp]>>();
function globalPosts(lang: SourceLang): Array<readonly [string, RegExp]> {
  let posts = GLOBAL.get(lang);
  if (!posts) {
    posts = TITLE_CUES[lang].posts.map(([k, re]) => [k, new RegExp(re.source, 'giu')] as const);
    GLOBAL.set(lang, posts);
  }
  return posts;
}

/** The rest of the word a match ends inside ("прокурор" + "ом"). */
const WORD_REST = /^\p{L}*/u;

/** The key of the post the appointment told in `text` gives, if its complement names one. */
export function givenPost(text: string, lang: SourceLang): string | undefined {
  const cues = CUES[lang];
  for (const [key, re] of globalPosts(lang)) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const end = m.index + m[0].length + (WORD_REST.exec(text.slice(m.index + m[0].length))?.[0].length ?? 0); // prettier-ignore
      const phrase = text.slice(m.index, end);
      if (cues.phrase?.(phrase.split(/\s+/u)) ?? false) return key;
      if (cues.before?.test(text.slice(Math.max(0, m.index - 40), m.index)) ?? false) return key;
      if (cues.after?.test(text.slice(end, end + 40)) ?? false) return key;
    }
  }
  return undefined;
}
