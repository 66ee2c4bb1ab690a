import { findBranchCodes } from './findBranchCodes';
import { findLocalities } from './findLocalities';
import { gazetteerForms } from './gazetteer';
import { longestFirst, matchForms } from './matchForms';
import type { Lang, PlaceHit } from './types';

/**
 * Places of Kazakhstan mentioned in `text`, in any inflected form, sorted by start and never
 * overlapping (the longest phrase wins, so `Батыс Қазақстан облысы` is one place).
 *
 * @example findPlaces('Қызылордадағы коалиция', 'kk')[0].id // 'kyzylorda'
 */
export function findPlaces(text: string, lang: Lang): PlaceHit[] {
  const known = [...matchForms(text, lang, gazetteerForms(lang)), ...findBranchCodes(text)].map(
    ({ payload, ...hit }): PlaceHit => ({
      ...hit,
      id: payload.id,
      name: payload.name,
      kind: payload.kind,
    }),
  );
  return longestFirst([...known, ...findLocalities(text, lang)]);
}
