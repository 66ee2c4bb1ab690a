/**
 * The title of a region or district made (a reform of the state's structure: hitKind.ts): the unit
 * is what was founded, not a place something was ("Абай облысы құрылды", "Образована Абайская
 * область"); several named at once, or none named ("A new region is created").
 */
import type { Localized } from '../../../src/model/schema';
import { L, tense, type Parts } from './titleParts';

export function regionMadeTitle(c: Parts): Localized | undefined {
  if (!c.args.regionMade) return undefined;
  const units = [...new Map(c.places.filter((p) => p.kind === 'region' || p.kind === 'district').map((p) => [p.id, p.name])).values()]; // prettier-ignore
  if (units.length === 1)
    return L(`${units[0]!.kk} ${tense(c, 'құрылды', 'құрылмақ')}`, `${tense(c, 'Образована', 'Будет образована')} ${units[0]!.ru}`, `${units[0]!.en} ${tense(c, 'is created', 'to be created')}`); // prettier-ignore
  if (units.length > 1) {
    const all = (k: 'kk' | 'ru' | 'en') => units.map((u) => u[k]).join(', ');
    return L(`Жаңа өңірлер ${tense(c, 'құрылды', 'құрылмақ')}: ${all('kk')}`, `${tense(c, 'Образованы', 'Будут образованы')} новые регионы: ${all('ru')}`, `New regions ${tense(c, 'are created', 'to be created')}: ${all('en')}`); // prettier-ignore
  }
  return c.args.regionMade === 'one'
    ? L(`Жаңа өңір ${tense(c, 'құрылды', 'құрылмақ')}`, `${tense(c, 'Образован', 'Будет образован')} новый регион`, tense(c, 'A new region is created', 'A new region to be created')) // prettier-ignore
    : L(`Жаңа өңірлер ${tense(c, 'құрылды', 'құрылмақ')}`, `${tense(c, 'Образованы', 'Будут образованы')} новые регионы`, tense(c, 'New regions are created', 'New regions to be created')); // prettier-ignore
}
