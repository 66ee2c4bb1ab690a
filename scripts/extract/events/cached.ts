/**
 * The argument finders are pure but not cheap, and event detection asks them about the same
 * sentence once per trigger and again from neighbouring sentences: memoise by (language, text).
 * The cache is bounded so that a long run over thousands of articles keeps a flat memory profile.
 */
import * as finders from '../arguments';
import type { SourceLang } from '../../../src/model/schema';
import { findTriggers as findTriggersRaw } from './findTriggers';

const LIMIT = 20_000;
const caches = new Set<Map<string, unknown>>();

/**
 * Forget every remembered text; the pipeline calls this at the start of each run. A map finds a
 * text it holds by comparing it character by character unless it is the very same string, and a
 * later run decodes its texts afresh: one long paragraph remembered from an earlier run would be
 * compared in full on every lookup (a 1.3 MB one-line article took 36 s to extract a second time
 * in the same process instead of 7 s).
 */
export function forgetTexts(): void {
  for (const cache of caches) cache.clear();
}

/**
 * A text → value function remembered by the text itself: no key string is built, since building
 * one would copy a long paragraph on every call. Bounded, so memory stays flat over long runs.
 */
export function memoByText<T>(read: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  caches.add(cache);
  return (text) => {
    let hit = cache.get(text);
    if (hit === undefined) {
      if (cache.size >= LIMIT) cache.clear();
      hit = read(text);
      cache.set(text, hit);
    }
    return hit;
  };
}

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
