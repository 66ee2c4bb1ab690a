/**
 * Titles of troops that arrive or leave (troopsMotion.ts): "Peacekeepers arrive", "Troops to
 * leave"; Russian names the motion ("Прибытие миротворцев", "Вывод войск"), Kazakh tells it
 * ("Бітімгершілік күштері келді", "Әскерлер кетпек").
 */
import type { Localized } from '../../../src/model/schema';
import { L, tense, type Parts } from './titleParts';

// prettier-ignore
const WHO = {
  peacekeepers: { kk: 'Бітімгершілік күштері', ruGen: 'миротворцев', en: 'Peacekeepers' },
  troops: { kk: 'Әскерлер', ruGen: 'войск', en: 'Troops' },
} as const;

export function troopsTitle(c: Parts, at: Localized): Localized | undefined {
  const t = c.args.troopsMotion;
  if (!t) return undefined;
  const w = WHO[t.who];
  return t.way === 'arrive'
    ? L(`${w.kk} ${tense(c, 'келді', 'келмек')}${at.kk}`, `Прибытие ${w.ruGen}${at.ru}`, `${w.en} ${tense(c, 'arrive', 'to arrive')}${at.en}`) // prettier-ignore
    : L(`${w.kk} ${tense(c, 'кетті', 'кетпек')}${at.kk}`, `Вывод ${w.ruGen}${at.ru}`, `${w.en} ${tense(c, 'leave', 'to leave')}${at.en}`); // prettier-ignore
}
