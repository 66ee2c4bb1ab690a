/**
 * Two capitals as the subject of a verb of signing or agreeing stand for their states: "Астана и
 * Ташкент подпишут соглашение" was titled "An agreement to be signed in Astana, Tashkent", the
 * capitals taken as where it is done. placesAsStates.ts drops a pair of places in the nominative,
 * joined by "и" / "мен", "және", before such a verb; places told as places ("в Астане и
 * Ташкенте", "Астана мен Ташкентте") stay. Generated over pairs, verbs, days and both languages;
 * sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const PAIRS = [
  { kk: ['Астана', 'Ташкент'], ru: ['Астана', 'Ташкент'] },
  { kk: ['Астана', 'Мәскеу'], ru: ['Астана', 'Москва'] },
  { kk: ['Бішкек', 'Душанбе'], ru: ['Бишкек', 'Душанбе'] },
];
const DAYS = [
  { kk: '5 сәуірде', ru: '5 апреля' },
  { kk: '19 мамырда', ru: '19 мая' },
];

type Case = ['kk' | 'ru', string];
// prettier-ignore
const cases: Case[] = PAIRS.flatMap((p) => DAYS.flatMap((d): Case[] => [
  ['ru', `${p.ru[0]} и ${p.ru[1]} ${d.ru} подпишут соглашение о сотрудничестве.`],
  ['ru', `${p.ru[0]} и ${p.ru[1]} ${d.ru} подписали соглашение о сотрудничестве.`],
  ['kk', `${p.kk[0]} мен ${p.kk[1]} ${d.kk} ынтымақтастық туралы келісімге қол қойды.`],
  ['kk', `${p.kk[0]} мен ${p.kk[1]} ${d.kk} ынтымақтастық туралы келісімге қол қоймақ.`],
]));

const titles = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, PUB).events.map((e) => e.title.en);

describe('two capitals that sign stand for their states', () => {
  it.each(cases)('%s: %s', (lang, text) => {
    expect(titles(lang, text)).toEqual([
      // (Named as the states, a capital as its own: statesAgree.ts.)
      expect.stringMatching(/^[A-Z]\w+ and [A-Z]\w+ (?:sign|to sign) an agreement$/u),
    ]);
  });

  it.each<Case>([
    ['ru', 'В Астане и Ташкенте 5 апреля подписали соглашение о сотрудничестве.'],
    ['kk', 'Астанада және Ташкентте 5 сәуірде келісімге қол қойылды.'],
  ])('still places where told as places, %s: %s', (lang, text) => {
    expect(titles(lang, text)).toEqual(['An agreement is signed in Astana, Tashkent']);
  });
});
