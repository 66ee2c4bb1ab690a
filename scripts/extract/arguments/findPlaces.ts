import { findBranchCodes } from './findBranchCodes';
import { findLocalities } from './findLocalities';
import { gazetteerForms } from './gazetteer';
import { longestFirst, matchForms } from './matchForms';
import { sharedUnitNoun } from './sharedUnitNoun';
import type { Lang, PlaceHit } from './types';

/**
 * Places of Kazakhstan mentioned in `text`, in any inflected form, sorted by start and never
 * overlapping (the longest phrase wins, so `Батыс Қазақстан облысы` is one place).
 *
 * @example findPlaces('Қызылордадағы коалиция', 'kk')[0].id // 'kyzylorda'
 */
export function findPlaces(text: string, lang: Lang): PlaceHit[] {
  const forms = gazetteerForms(lang);
  // (A name listed before a shared plural noun first, where it ties with its bare reading: in
  // "Ақтөбе мен Атырау облыстарында" the regions, not the cities.)
  const known = [
    ...sharedUnitNoun(text, lang, forms),
    ...matchForms(text, lang, forms),
    ...findBranchCodes(text),
  ].map(({ payload, ...hit }): PlaceHit => ({
    ...hit,
    id: payload.id,
    name: payload.name,
    kind: payload.kind,
  }));
  return longestFirst([...known, ...findLocalities(text, lang)]);
}
