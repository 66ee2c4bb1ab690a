/**
 * The reported objects of a sentence that date apart from the verb of saying, per language
 * (locales/kk/events/objectClause.ts): a cue inside one takes only its dates, a cue outside only
 * the others. Russian sets what was said off with "что" and a comma, which the clause readers
 * already part (events/sameClause.ts).
 */
import type { SourceLang } from '../../../src/model/schema';
import { kkObjectReader } from '../locales/kk/events/objectClause';
import type { DocTimex } from '../stages/dates';
import type { Sentence } from '../types';
import { memoByText } from '../memoByText';

type Spans = Array<[number, number]>;

// (Each cue of a sentence asks again, with the dates near it: the sentence's words are read once,
// remembered by its text, and only the dates are looked up per cue.)
const OBJECT_READERS: Record<
  SourceLang,
  (text: string) => (dates: readonly { start: number; end: number }[]) => Spans
> = {
  kk: memoByText(kkObjectReader),
  ru: () => () => [],
};

/** The spans [start, end) of the sentence's text that are reported objects with a date of their own. */
export function objectClauses(lang: SourceLang, s: Sentence, dates: readonly DocTimex[]): Spans {
  const spans = dates.map((t) => ({ start: t.start - s.start, end: t.end - s.start }));
  return OBJECT_READERS[lang](s.text)(spans);
}

/** Which of `spans` holds the offset `at`: -1 for none, the main clause. */
export const spanOf = (spans: readonly [number, number][], at: number) =>
  spans.findIndex(([a, b]) => a <= at && at < b);
