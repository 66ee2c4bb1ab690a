/**
 * Titles of a year given a name (yearNamed.ts): "2026 declared the Year of «рабочих профессий»",
 * "2026 год объявлен Годом «…»", "2026 жыл «…» жылы деп жарияланды". The name is kept as written,
 * never translated; told as done or ahead by the cue's own verb, not by the year it names.
 */
import type { Localized } from '../../../src/model/schema';
import { L, type Parts } from './titleParts';

export function yearNamedTitle(c: Parts): Localized | undefined {
  const y = c.args.yearNamed;
  if (!y) return undefined;
  const n = `«${y.name}»`;
  const en = y.done ? 'declared' : 'to be declared';
  return L(
    `${y.year ? `${y.year} жыл` : 'Жыл'} ${n} жылы деп ${y.done ? 'жарияланды' : 'жарияланбақ'}`,
    `${y.year ? `${y.year} год` : 'Год'} ${y.done ? 'объявлен' : 'будет объявлен'} Годом ${n}`,
    y.year ? `${y.year} ${en} the Year of ${n}` : `The Year of ${n} ${en}`,
  );
}
