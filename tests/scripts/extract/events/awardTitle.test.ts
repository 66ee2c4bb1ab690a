/**
 * An award's title names who received it: "Президент наградил Нурлана Нигматулина орденом
 * «Парасат»" was titled "Event" (the award had no title of its own; found on a test article
 * written for the check). The recipient, not the head of state who awards, in the nominative
 * whatever case the sentence puts the name in. Generated over recipients (a man, a woman), voices
 * and word orders; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-12-06';
const PEOPLE = [
  {
    acc: 'Нурлана Нигматулина',
    nom: 'Нурлан Нигматулин',
    kk: 'Нұрлан Нығматулин',
    en: 'Nurlan Nigmatulin',
    ru: 'Нурлан Нигматулин награждён',
  },
  {
    acc: 'Айгерим Шамшиеву',
    nom: 'Айгерим Шамшиева',
    kk: 'Айгерим Шамшиева',
    en: 'Aygerim Shamshiyeva',
    ru: 'Айгерим Шамшиева награждена',
  },
];

const cases = PEOPLE.flatMap((p) => {
  const want = { en: `${p.en} receives a state award`, ru: p.ru, kk: `${p.kk} марапатталды` };
  return [
    ['ru', `Президент наградил ${p.acc} орденом «Парасат».`, want],
    ['ru', `Касым-Жомарт Токаев наградил ${p.acc} орденом «Курмет».`, want],
    ['ru', `Орденом «Парасат» ${p.nom.endsWith('а') ? 'награждена' : 'награжден'} ${p.nom}.`, want],
    ['ru', `${p.nom} ${p.nom.endsWith('а') ? 'награждена' : 'награжден'} орденом «Парасат».`, want],
    // (From Kazakh text the name is transliterated from its Kazakh spelling: the kk title is compared.)
    ['kk', `${p.kk} «Парасат» орденімен марапатталды.`, { kk: want.kk }],
  ] as const;
});

describe('who received an award', () => {
  it.each(cases)('%s: %s', (lang, text, want) => {
    const events = extractSentences(lang, text, PUB).events;
    expect(events.map((e) => e.title)).toEqual([expect.objectContaining(want)]);
  });
});
