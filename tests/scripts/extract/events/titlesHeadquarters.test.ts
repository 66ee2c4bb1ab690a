/**
 * Headquarters told as ahead is titled as ahead: "Коалиция 25 ақпанда Шымкентте штаб ашады" (a
 * test sentence written for the check) was "Headquarters opens" / "Штаб ашылды" (was opened), a
 * title with only the past. Generated over the towns and days, told as done and as ahead
 * (published 18 February 2026).
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const TOWNS = [
  ['Шымкентте', 'Shymkent', 'Шымкент'],
  ['Ақтөбеде', 'Aktobe', 'Актобе'],
  ['Павлодарда', 'Pavlodar', 'Павлодар'],
] as const;
const TOLD = [
  ['25 ақпанда', 'штаб ашады', 'Headquarters to open', 'Будет открыт штаб', 'Штаб ашылмақ'],
  ['10 ақпанда', 'штаб ашылды', 'Headquarters opens', 'Открыт штаб', 'Штаб ашылды'],
] as const;

describe('headquarters told as ahead or as done', () => {
  it.each(TOWNS.flatMap((t) => TOLD.map((x) => [...t, ...x] as const)))(
    '%s (%s, %s): %s %s',
    (town, en, ru, day, verb, enT, ruT, kkT) => {
      const data = extractSentences('kk', `${day} ${town} ${verb}.`, '2026-02-18');
      expect(
        data.events
          .filter((e) => e.type === 'headquarters')
          .map((e) => `${e.title.en} | ${e.title.ru} | ${e.title.kk}`),
      ).toEqual([
        `${enT} in ${en} | ${ruT} (${ru}) | ${kkT} (${town.replace(/(?:те|та|де|да)$/u, '')})`,
      ]);
    },
  );
});
