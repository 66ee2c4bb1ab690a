/**
 * The title of a mandate ended by others (locales/<lang>/events/mandateEnded.ts): whose, not "X
 * resigns", since the holder did not lay it down ("Askar Omarov's mandate terminated").
 */
import type { Localized } from '../../../src/model/schema';
import { L, mainActor, tense, type Parts } from './titleParts';

export function mandateEndedTitle(c: Parts, at: Localized): Localized {
  const who = mainActor(c)?.name;
  const kk = tense(c, 'тоқтатылды', 'тоқтатылмақ');
  const ru = tense(c, 'прекращены', 'будут прекращены');
  const en = tense(c, 'terminated', 'to be terminated');
  return who
    ? L(`${who.kk}: өкілеттігі ${kk}${at.kk}`, `${who.ru}: полномочия ${ru}${at.ru}`, `${who.en}'s mandate ${en}${at.en}`) // prettier-ignore
    : L(`Депутаттың өкілеттігі ${kk}${at.kk}`, `Полномочия депутата ${ru}${at.ru}`, `A mandate ${en}${at.en}`); // prettier-ignore
}
