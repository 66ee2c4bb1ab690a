/**
 * The argument finders are pure but not cheap, and event detection asks them about the same
 * sentence once per trigger and again from neighbouring sentences: memoise by (language, text).
 * The cache is bounded so that a long run over thousands of articles keeps a flat memory profile.
 */
import * as finders from '../arguments';
import type { SourceLang } from '../../../src/model/schema';
import { findTriggers as findTriggersRaw } from './findTriggers';
import { memoByText } from '../memoByText';

function cached<T>(
  fn: (text: string, lang: SourceLang) => T,
): (text: string, lang: SourceLang) => T {
  const byLang = { kk: memoByText((t) => fn(t, 'kk')), ru: memoByText((t) => fn(t, 'ru')) };
  return (text, lang) => byLang[lang](text);
}

export const findPlaces = cached(finders.findPlaces);
export const findOrganisations = cached(finders.findOrganisations);
// (A paragraph's persons need its places and organisations, and its quotes its persons: each is
// found once; the organisations were found twice, 500 ms of 5 MB of news on one line.)
export const findPersons = cached((text, lang) =>
  finders.findPersons(text, lang, findPlaces(text, lang), findOrganisations(text, lang)),
);
export const findFigures = cached(finders.findFigures);
export const findQuotes = cached((text, lang) =>
  finders.findQuotes(text, lang, findPersons(text, lang)),
);
export const findTriggers = cached(findTriggersRaw);
