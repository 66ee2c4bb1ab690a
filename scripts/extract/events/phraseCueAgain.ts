/**
 * A cue told in a participle phrase and again in the sentence's main clause: "Созданная на съезде
 * в 2019 году партия провела съезд 5 марта", "Партия, созданная на съезде в 2019 году, провела
 * съезд 5 марта". The lexicon gives each cue once, at its first match; that one stands in the
 * phrase, which tells what befell the noun (the founding and its setting, dated by the phrase's
 * year), so the main clause's congress of 5 March was no event and the sentence gave a congress of
 * 2019 alone. The same cue past the phrase is the sentence's own act: a second hit, dated by its
 * own clause (the phrase's date is the phrase's: attributePhraseGrammar.ts ofAnotherNoun). Each
 * language says where its phrase ends (AttributePhraseGrammar.pastItsPhrase).
 */
import type { SourceLang } from '../../../src/model/schema';
import type { Sentence } from '../types';
import { ATTRIBUTE_PHRASE } from './attributePhraseGrammar';
import { findTriggers, type TriggerHit } from './findTriggers';

/** Adds to `out` the cues of `hits` in a participle phrase told again past it (see above). */
export function withMainClauseAgain(
  lang: SourceLang,
  s: Sentence,
  hits: readonly TriggerHit[],
  out: TriggerHit[],
): void {
  const past = ATTRIBUTE_PHRASE[lang].pastItsPhrase;
  if (!past) return;
  const { inParticiplePhrase } = ATTRIBUTE_PHRASE[lang];
  for (const h of hits) {
    const end = h.at + h.text.length;
    if (!inParticiplePhrase(s.text, h.at, end)) continue;
    // (Read again from the first cue's end: the later cue's company is its own clause's.)
    const again = findTriggers(s.text.slice(end), lang, s.text).find(
      (o) => o.trigger === h.trigger && past(s.text, h.at, end, end + o.at, o.text),
    );
    if (!again || out.some((o) => o.trigger === h.trigger && o.at === end + again.at)) continue;
    out.push({ ...again, at: end + again.at });
  }
}
