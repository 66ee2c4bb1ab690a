/**
 * The chamber a bill's step is taken in, for its title: the one the sentence has take it, by its
 * name or its members' ("Сенаторы рассмотрят законопроект", "Мәжіліс депутаттары талқылайды":
 * stepChamber.ts); for a reading, else the chamber the event names first ("Мажилис должен
 * рассмотреть поправки Сената"); else none.
 */
import type { Parts } from './titleParts';

export type Chamber = 'senate' | 'mazhilis' | 'parliament';

export function billChamber(c: Parts): Chamber | undefined {
  if (c.args.chamber || c.facet !== 'reading') return c.args.chamber;
  const first = c.organisations
    .filter((o) => o.id === 'senate' || o.id === 'mazhilis')
    .sort((a, b) => a.evidence.start - b.evidence.start)[0]?.id;
  return first === 'senate' || first === 'mazhilis' ? first : undefined;
}

/** A chamber's names: nominative, locative, genitive (kk, ru) and English. */
export const CHAMBER_NAMES: Record<
  Chamber,
  { kk: string; kkLoc: string; ru: string; ruLoc: string; ruGen: string; en: string }
> = {
  senate: { kk: 'Сенат', kkLoc: 'Сенатта', ru: 'Сенат', ruLoc: 'в Сенате', ruGen: 'Сената', en: 'the Senate' }, // prettier-ignore
  mazhilis: { kk: 'Мәжіліс', kkLoc: 'Мәжілісте', ru: 'Мажилис', ruLoc: 'в Мажилисе', ruGen: 'Мажилиса', en: 'the Mazhilis' }, // prettier-ignore
  parliament: { kk: 'Парламент', kkLoc: 'Парламентте', ru: 'Парламент', ruLoc: 'в Парламенте', ruGen: 'Парламента', en: 'Parliament' }, // prettier-ignore
};
