import { findOrganisations } from './findOrganisations';
import { findPlaces } from './findPlaces';
import type { Lang } from './types';

/**
 * `part` with every known name of a place or an organisation, case ending included, made one word
 * of placeholder letters of the same length (offsets hold). A name is a noun: its words are no
 * verb and no event, though "Біріккен Ұлттар Ұйымы", "Объединённых Арабских Эмиратов" and
 * "Талдықорған" end as past participles do, and "Орталық сайлау комиссиясы" holds an election's
 * word. The tense cues of a year-less date read what is left.
 *
 * @example blankKnownNames('Біріккен Ұлттар Ұйымында сөйледі', 'kk') // 'xxxxxxxxxxxxxxxxxxxxxxxx сөйледі'
 */
export function blankKnownNames(part: string, lang: Lang): string {
  let out = part;
  for (const { start, end } of [...findPlaces(part, lang), ...findOrganisations(part, lang)])
    out = out.slice(0, start) + 'x'.repeat(end - start) + out.slice(end);
  return out;
}
