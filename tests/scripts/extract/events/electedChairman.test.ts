/**
 * A chamber's chairman elected: "Сенаторы избрали Маулена Ашимбаева Председателем Сената" was
 * titled "appointed member of the Senate" (no post for the Senate's chairman, and "сенатор" read
 * as the post), and an active "избрали" / "сайлады" left the post "appointed" (only "избран",
 * "сайлан" told an election); found on test articles written for the check. Generated over the
 * two chambers, voices and word orders in Russian and Kazakh; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-01-20';
const CHAMBERS = [
  {
    person: {
      ruAcc: 'Маулена Ашимбаева',
      ru: 'Маулен Ашимбаев',
      kkAcc: 'Мәулен Әшімбаевты',
      kk: 'Мәулен Әшімбаев',
    },
    ru: 'Председателем Сената',
    kk: 'Сенат Төрағасы',
    electors: { ru: 'Сенаторы', kk: 'Сенаторлар' },
    want: {
      en: 'Maulen Ashimbayev elected Chairman of the Senate',
      ru: 'Маулен Ашимбаев избран председателем Сената',
      kk: 'Мәулен Әшімбаев Сенат Төрағасы болып сайланды',
    },
  },
  {
    person: {
      ruAcc: 'Ерлана Кошанова',
      ru: 'Ерлан Кошанов',
      kkAcc: 'Ерлан Қошановты',
      kk: 'Ерлан Қошанов',
    },
    ru: 'Председателем Мажилиса',
    kk: 'Мәжіліс Төрағасы',
    electors: { ru: 'Депутаты', kk: 'Депутаттар' },
    want: {
      en: 'Yerlan Koshanov elected Chairman of the Mazhilis',
      ru: 'Ерлан Кошанов избран председателем Мажилиса',
      kk: 'Ерлан Қошанов Мәжіліс Төрағасы болып сайланды',
    },
  },
];

const cases = CHAMBERS.flatMap(
  (c) =>
    [
      ['ru', `${c.electors.ru} избрали ${c.person.ruAcc} ${c.ru}.`, c.want],
      ['ru', `${c.electors.ru} единогласно избрали ${c.ru} ${c.person.ruAcc}.`, c.want],
      ['ru', `${c.person.ru} избран ${c.ru}.`, c.want],
      ['ru', `${c.ru} избран ${c.person.ru}.`, c.want],
      ['kk', `${c.electors.kk} ${c.person.kkAcc} ${c.kk} етіп сайлады.`, c.want],
      ['kk', `${c.person.kk} ${c.kk} болып сайланды.`, c.want],
      ['kk', `${c.kk} болып ${c.person.kk} сайланды.`, c.want],
    ] as const,
);

describe('a chamber chairman elected', () => {
  it.each(cases)('%s: %s', (lang, text, want) => {
    const events = extractSentences(lang, text, PUB).events;
    expect(events.map((e) => ({ type: e.type, ...e.title }))).toEqual([
      { type: 'appointment', ...want },
    ]);
  });
});
