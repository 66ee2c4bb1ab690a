import type { SourceLang } from '../../../src/model/schema';

/**
 * An act named as what something caused ("Үкіметтің отставкасына … наразылықтар себеп болды",
 * "протесты привели к отставке правительства"): the sentence dates the cause, not the act, which
 * happened some other day. Kazakh puts the effect in the dative before "себеп болды"/"әкелді".
 */
const EFFECT: Record<SourceLang, { after?: RegExp; before?: RegExp; ending?: RegExp }> = {
  kk: {
    ending: /(?:ға|ге|қа|ке|на|не)$/u,
    after:
      /^[^.;!?]{0,160}?(?<![\p{L}])(?:(?:себеп(?:ші)?|түрткі)\s+бол(?:ды|ған|ады)|әкел(?:ді|ген)|алып\s+кел(?:ді|ген)|әкеп\s+соқ(?:ты|қан))(?![\p{L}])/iu,
  },
  ru: {
    before:
      /(?:(?<![\p{L}])привел[аио]?|привели|приведут|приведет|приведёт)\s+к\s+(?:[\p{L}-]+\s+){0,2}$|(?:причиной|поводом\s+(?:для|к))\s+(?:[\p{L}-]+\s+){0,2}$/iu,
  },
};

/** Whether the trigger `word` at `at` names what the rest of its clause says something caused. */
export function causedAct(lang: SourceLang, word: string, sentence: string, at: number): boolean {
  const e = EFFECT[lang];
  const end = at + word.length;
  if (e.ending && !e.ending.test(word)) return false;
  return (
    e.after?.test(sentence.slice(end, end + 200)) === true ||
    e.before?.test(sentence.slice(Math.max(0, at - 60), at)) === true
  );
}
