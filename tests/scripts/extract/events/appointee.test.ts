/**
 * The head of state appoints; the one in the accusative is appointed. "Мемлекет басшысы Иван
 * Петровты … әкімі етіп тағайындады" is "Ivan Petrov appointed akim of …", not "Ivan Petrov makes an
 * appointment": the post before the accusative name is the subject's (events/appointee.ts).
 * Generated over posts, people and regions; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const events = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, '2025-03-12').events.map((e) => [e.type, e.title.en]);

// [kk nominative, kk accusative, ru accusative, en]
const PEOPLE: [string, string, string, string][] = [
  ['Иван Петров', 'Иван Петровты', 'Ивана Петрова', 'Ivan Petrov'],
  ['Айгүл Сәрсенова', 'Айгүл Сәрсенованы', 'Айгуль Сарсенову', 'Aygul Sarsenova'],
  ['Марат Әбенов', 'Марат Әбеновті', 'Марата Абенова', 'Marat Abenov'],
];
// [kk genitive, ru genitive, en]
const REGIONS: [string, string, string][] = [
  ['Ақмола облысының', 'Акмолинской области', 'Akmola Region'],
  ['Павлодар облысының', 'Павлодарской области', 'Pavlodar Region'],
];
const KK_HEADS = ['Мемлекет басшысы', 'Президент'];
const RU_HEADS = ['Глава государства', 'Президент'];

describe('the accusative name is the one appointed, not the head of state', () => {
  it.each(
    KK_HEADS.flatMap((head) =>
      PEOPLE.flatMap(([, acc, , en]) =>
        REGIONS.map(([kk, , region]) => [
          `${head} ${acc} ${kk} әкімі етіп тағайындады.`,
          `${en} appointed akim of ${region}`,
        ]),
      ),
    ),
  )('kk: %s', (sentence, title) => {
    expect(events('kk', sentence)).toEqual([['appointment', title]]);
  });
  it.each(
    RU_HEADS.flatMap((head) =>
      PEOPLE.flatMap(([, , acc, en]) =>
        REGIONS.map(([, ru, region]) => [
          `${head} ${acc} назначил акимом ${ru}.`,
          `${en} appointed akim of ${region}`,
        ]),
      ),
    ),
  )('ru: %s', (sentence, title) => {
    expect(events('ru', sentence)).toEqual([['appointment', title]]);
  });
  it.each(
    KK_HEADS.flatMap((head) =>
      PEOPLE.map(([, acc, , en]) => [
        `${head} ${acc} Ақмола облысының әкімі қызметінен босатты.`,
        en,
      ]),
    ),
  )('kk dismissal: %s', (sentence, en) => {
    expect(events('kk', sentence)[0]?.[1]).toMatch(new RegExp(`^${en} `, 'u'));
  });
});

describe('controls: the head of state named, or the appointee in the nominative', () => {
  it.each([
    [
      'kk',
      'Мемлекет басшысы Қасым-Жомарт Тоқаев Иван Петровты Ақмола облысының әкімі етіп тағайындады.',
      'Ivan Petrov appointed akim of Akmola Region',
    ],
    [
      'kk',
      'Президент Жарлығымен Иван Петров Ақмола облысының әкімі болып тағайындалды.',
      'Ivan Petrov appointed akim of Akmola Region',
    ],
    [
      'ru',
      'Глава государства назначил Ивана Петрова акимом Акмолинской области.',
      'Ivan Petrov appointed akim of Akmola Region',
    ],
    [
      'kk',
      'Мемлекет басшысы Қасым-Жомарт Тоқаев кадрлық тағайындау жасады.',
      'Kassym-Jomart Tokayev makes an appointment',
    ],
  ] as const)('%s: %s', (lang, sentence, title) => {
    expect(events(lang, sentence)[0]?.[1]).toBe(title);
  });
});
