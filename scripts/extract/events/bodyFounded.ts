/**
 * Whether a council's noun in the sentence is of the council founded, not of its sitting: "Курултай
 * был создан в 2022 году", "Құрылтай 2022 жылы құрылған" tell when the body was made, which is
 * its founding (type other, facet founding); a bare "курултай" in an article about the Kurultai is otherwise read
 * as its session (stages/events.ts). Words per language in locales/<lang>/lexicon/bodyFounded.ts.
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_BODY_FOUNDED } from '../locales/kk/lexicon/bodyFounded';
import { RU_BODY_FOUNDED } from '../locales/ru/lexicon/bodyFounded';

const WORDS = { kk: KK_BODY_FOUNDED, ru: RU_BODY_FOUNDED };
const COUNCIL = /құрылтай|курулта[йяюе]/iu;

/** `at` and `trigger` are the hit's; the council's word is found inside it. */
function bodyFounded(lang: SourceLang, text: string, at: number, trigger: string): boolean {
  const inside = trigger.search(COUNCIL);
  if (inside < 0) return false;
  const start = at + inside;
  const word = text.slice(start).match(/^[\p{L}-]+/u)?.[0] ?? '';
  const { ownCase, after, before } = WORDS[lang];
  if (before?.test(text.slice(Math.max(0, start - 80), start))) return true;
  return (
    ownCase.test(word) && after.test(text.slice(start + word.length, start + word.length + 120))
  );
}

/** A congress cue that is the council's noun: "құрылтай", "курултай". */
export const isKurultaiWord = (type: string, trigger: string): boolean =>
  type === 'congress' && COUNCIL.test(trigger);

/**
 * Whether a hit is the council's noun told as founded: the bare noun read as the council (`asCouncil`,
 * in an article about it) or the council's own name ("Национальный курултай").
 */
export function councilFounded(
  lang: SourceLang,
  text: string,
  hit: { at: number; text: string; trigger: { facet: string } },
  asCouncil: boolean,
): boolean {
  return (
    (asCouncil || hit.trigger.facet === 'kurultai') && bodyFounded(lang, text, hit.at, hit.text)
  );
}
