/**
 * A person named inside a clause that only describes a noun of the sentence (a relative clause, a
 * participle phrase) acts in that clause: "Сенат, который в 2019 году возглавлял Маулен Ашимбаев,
 * принял закон о медиа" is the Senate's law, not Ashimbayev's. He is still the actor of an event
 * whose trigger lies in the clause ("возглавлял"). Each locale finds its own clauses.
 */
import { ruAsideClauses } from '../locales/ru/asideClauses';
import type { Lang } from '../arguments/types';

const ASIDES: Record<Lang, ((text: string) => [number, number][]) | undefined> = {
  kk: undefined,
  ru: ruAsideClauses,
};

/**
 * Whether a person at [start, end) of `text` (a sentence) is named in a describing clause that
 * closes before the trigger at `at`. The sentence's clauses are found once, for all its people.
 */
export function asideClauseTest(
  lang: Lang,
  text: string,
  at: number,
): (hit: { start: number; end: number }) => boolean {
  // (Only a clause between the subject and the verb: one after the trigger often describes the
  // event's own noun, "совместное заседание, на котором Президент огласил Послание", whose people
  // take part in it.)
  const before = (ASIDES[lang]?.(text) ?? []).filter(([, to]) => to <= at);
  return (hit) => before.some(([from, to]) => hit.start >= from && hit.end <= to);
}
