/**
 * A Russian cue inside a participle phrase set off by commas after its noun ("Новая Конституция,
 * принятая на референдуме, вступит в силу 1 июля"; "Токаев, победивший на выборах, 26 ноября
 * принял присягу"): the phrase recalls what befell the noun, and a date past its closing comma (or
 * before it opened) is the main clause's, not the recalled cue's (events/attributePhraseGrammar.ts).
 */
import { PARTICIPLE } from './participleBeforeNoun';

/** Whether the cue at `hitAt` stands in a comma-bounded participle phrase that the date `[from, to)` lies outside. */
export function ruCueInParticiplePhrase(
  text: string,
  hitAt: number,
  from: number,
  to: number,
): boolean {
  const comma = text.lastIndexOf(',', hitAt);
  // (Set off after its noun: a comma opens it, and it closes before the date, or opened after it.)
  if (comma < 0 || (from >= comma && to <= closing(text, hitAt))) return false;
  const lead = text
    .slice(comma + 1, hitAt)
    .trim()
    .split(/\s+/u);
  // (The participle opens the phrase, at most three words before the cue: "принятая на референдуме".)
  return lead.length <= 4 && PARTICIPLE.test(lead[0] ?? '');
}

/** Where the phrase of the cue at `at` closes: its next comma, else the sentence's end. */
function closing(text: string, at: number): number {
  const c = text.indexOf(',', at);
  return c < 0 ? text.length : c;
}
