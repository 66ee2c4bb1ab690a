/**
 * A bill's step taken up by a pronoun in a sentence that opens on its day: "Законопроект внесли в
 * Мажилис. 14 февраля его одобрил Сенат." (sentences written for the check) gave the Senate's
 * passage and a second, bare "Event" on 14 February. The day opening the sentence is a weak cue
 * (a chronicle's entry; "Напомним, …", "Еске салайық, …") that stands aside for any stronger cue
 * of the sentence, but the act taken up from the sentence before (events/takenUp.ts) joined the
 * hits after that was settled. Generated over bills, the chamber's act in both word orders, the
 * recall's opener and days, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
// (With the bill's own month of 2023 told before, the story goes on into 2024: an earlier month
// in the next sentence that takes it up is the next year's, dates/storyNextSentence.ts.)
const RU_BILLS = [
  ['Правительство внесло законопроект о рекламе в Мажилис.', 'его', '2025'],
  ['Законопроект об образовании был внесен в Мажилис в сентябре 2023 года.', 'его', '2024'],
  ['Депутаты подготовили поправки в Налоговый кодекс.', 'их', '2025'],
] as const;
const RU_ACTS = [
  (p: string) => `${p} одобрил Сенат`,
  (p: string) => `Сенат одобрил ${p}`,
  (p: string) => `${p} принял Мажилис`,
  (p: string) => `Сенат рассмотрел ${p}`,
];
const RU_OPENERS = ['', 'Напомним, '];
const RU_DAYS = [
  ['14 февраля', '2025-02-14'],
  ['3 марта', '2025-03-03'],
  ['20 января', '2025-01-20'],
] as const;

const KK_BILLS = [
  ['Үкімет жарнама туралы заң жобасын Мәжіліске енгізді.', 'оны'],
  ['Депутаттар Салық кодексіне түзетулерді дайындады.', 'оларды'],
] as const;
const KK_ACTS = [(p: string) => `Сенат ${p} қарады`, (p: string) => `Мәжіліс ${p} талқылады`];
const KK_DAYS = [
  ['14 ақпанда', '2025-02-14'],
  ['3 наурызда', '2025-03-03'],
  ['20 қаңтарда', '2025-01-20'],
] as const;

const kinds = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, PUB).events.map((e) => `${e.type} ${e.date.edtf}`);

const upper = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

describe('a day opening the sentence stands aside for the act taken up', () => {
  it.each(
    RU_BILLS.flatMap(([bill, p, year]) =>
      RU_ACTS.flatMap((act) =>
        RU_OPENERS.flatMap((o) =>
          RU_DAYS.map(([day, iso]) => [`${bill} ${o}${day} ${act(p)}.`, iso.replace('2025', year)]),
        ),
      ),
    ),
  )('ru: %s', (text, iso) => {
    const got = kinds('ru', text);
    expect(got).toContain(`law ${iso}`);
    expect(got.filter((k) => k.startsWith('other'))).toEqual([]);
  });
  it.each(
    KK_BILLS.flatMap(([bill, p]) =>
      KK_ACTS.flatMap((act) =>
        KK_DAYS.map(([day, iso]) => [`${bill} Еске салайық, ${day} ${upper(act(p))}.`, iso]),
      ),
    ),
  )('kk: %s', (text, iso) => {
    const got = kinds('kk', text);
    expect(got).toContain(`law ${iso}`);
    expect(got.filter((k) => k.startsWith('other'))).toEqual([]);
  });
});
