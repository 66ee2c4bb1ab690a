/**
 * An organisation that speaks is named in the title, as a person who speaks is: "Министерство
 * юстиции заявило, что …", "ЦИК сообщила …", "Ұлттық банк мәлімдеді" were titled "A statement".
 * speakerOrg.ts takes the cue's subject: an organisation in the nominative, in the cue's clause,
 * before it, with which a Russian past-tense verb agrees ("заявило" a neuter noun, "заявила" a
 * feminine one). Not a post's organisation ("Председатель ЦИК заявил", "Ұлттық банк төрағасы"),
 * one in another case ("Пресс-служба Минюста сообщила") or one the verb does not agree with.
 * Generated over organisations, verbs and days; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const DAYS = [
  { kk: '10 наурызда', ru: '10 марта' },
  { kk: '3 ақпанда', ru: '3 февраля' },
];

// Russian: the organisation as written, its gender's past tense, the English name.
const RU: Array<[string, 'о' | 'а' | '', string]> = [
  ['Министерство юстиции', 'о', 'The Ministry of Justice'],
  ['Министерство финансов', 'о', 'The Ministry of Finance'],
  ['ЦИК', 'а', 'The Central Election Commission'],
  ['Центральная избирательная комиссия', 'а', 'The Central Election Commission'],
  ['Нацбанк', '', 'The National Bank'],
  ['Минюст', '', 'The Ministry of Justice'],
  ['Генеральная прокуратура', 'а', "The Prosecutor General's Office"],
];
const KK: Array<[string, string]> = [
  ['Ұлттық банк', 'The National Bank'],
  ['Әділет министрлігі', 'The Ministry of Justice'],
  ['Қаржы министрлігі', 'The Ministry of Finance'],
  ['Бас прокуратура', "The Prosecutor General's Office"],
];

type Case = ['kk' | 'ru', string, string];
// prettier-ignore
const cases: Case[] = DAYS.flatMap((d): Case[] => [
  ...RU.flatMap(([org, g, en]): Case[] => [
    ['ru', `${org} ${d.ru} заявил${g}, что порядок будет изменён.`, `${en} makes a statement`],
    ['ru', `${org} ${d.ru} выступил${g} с заявлением.`, `${en} makes a statement`],
    ['ru', `${org} ${d.ru} предложил${g} изменить порядок.`, `${en} makes a proposal`],
  ]),
  ...KK.flatMap(([org, en]): Case[] => [
    ['kk', `${org} ${d.kk} мәлімдеді, тәртіп өзгереді.`, `${en} makes a statement`],
    ['kk', `${org} ${d.kk} мәлімдеме жасады.`, `${en} makes a statement`],
  ]),
]);

const titles = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, PUB).events.map((e) => e.title.en);

describe('an organisation that speaks names the statement', () => {
  it.each(cases)('%s: %s', (lang, text, title) => {
    expect(titles(lang, text)).toContain(title);
  });

  it.each<['ru', string, string]>([
    [
      'ru',
      'Министерство юстиции 10 марта заявило, что порядок будет изменён.',
      'Министерство юстиции выступило с заявлением',
    ],
    [
      'ru',
      'ЦИК 10 марта сообщила, что порядок будет изменён.',
      'Центральная избирательная комиссия выступила с заявлением',
    ],
    [
      'ru',
      'Нацбанк 10 марта заявил, что порядок будет изменён.',
      'Национальный банк выступил с заявлением',
    ],
  ])('the Russian title agrees with its gender, %s: %s', (lang, text, ru) => {
    expect(extractSentences(lang, text, PUB).events.map((e) => e.title.ru)).toContain(ru);
  });

  it.each<['kk' | 'ru', string]>([
    ['ru', 'Председатель ЦИК 10 марта заявил, что порядок будет изменён.'],
    ['ru', 'Пресс-служба Минюста 10 марта сообщила, что порядок будет изменён.'],
    ['ru', 'Пресс-служба ЦИК 10 марта сообщила, что порядок будет изменён.'],
    ['ru', 'Министерство финансов 10 марта заявил, что порядок будет изменён.'],
    ['ru', 'В Минюсте 10 марта заявили, что порядок будет изменён.'],
    ['kk', 'Ұлттық банк төрағасы 10 наурызда мәлімдеді, тәртіп өзгереді.'],
    ['kk', 'Ұлттық банктің өкілі 10 наурызда мәлімдеді, тәртіп өзгереді.'],
  ])('not another speaker, %s: %s', (lang, text) => {
    expect(titles(lang, text)).toEqual(['A statement']);
  });

  // A ministry named in passing is not the party a party's event is about (fillArguments.ts).
  it.each(['Минюст выдал', 'Министерство юстиции выдало', 'выдало Министерство юстиции'])(
    'a congress stays the party named before, with "%s"',
    (verb) => {
      const text = `Партия «Ак жол» готовится к выборам. Учредительный съезд прошёл 3 декабря 2022 года, а свидетельство о регистрации ${verb} в январе 2023 года.`;
      const congress = extractSentences('ru', text, PUB).events.filter(
        (e) => e.type === 'congress',
      );
      expect(congress.map((e) => e.title.en)).toEqual(['Congress of Ak Zhol']);
    },
  );
});
