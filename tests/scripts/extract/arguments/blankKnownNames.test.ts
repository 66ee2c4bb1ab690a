/**
 * Names of bodies and countries are no verbs. "Тоқаев 23 қыркүйекте Біріккен Ұлттар Ұйымы Бас
 * Ассамблеясында сөз сөйлейді" (published 12 March 2025) was dated 23 September 2024, past:
 * "Біріккен" (united) read as a past participle governing the date; "Генассамблея Организации
 * Объединённых Наций 23 сентября рассмотрит" too, "объединённых" read as a participle phrase.
 * Generated over the names in their case forms, both languages, future and past verbs.
 */
import { describe, expect, it } from 'vitest';
import { blankKnownNames } from '../../../../scripts/extract/arguments/blankKnownNames';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';

const DCT = '2025-03-12';
const AHEAD = '2025-09-23';
const BEHIND = '2024-09-23';

const dateOf = (lang: 'kk' | 'ru', text: string) =>
  tagDates(text, { lang, dct: DCT }).find((t) => t.text.includes('23'))?.value;

/** A Kazakh name in each case, with a verb frame fit for the case: [future, past]. */
const KK_NAMES: [string, string, string, string, string, string][] = [
  // nominative, genitive, dative, locative, ablative, accusative
  [
    'Біріккен Ұлттар Ұйымы',
    'Біріккен Ұлттар Ұйымының',
    'Біріккен Ұлттар Ұйымына',
    'Біріккен Ұлттар Ұйымында',
    'Біріккен Ұлттар Ұйымынан',
    'Біріккен Ұлттар Ұйымын',
  ],
  [
    'Біріккен Араб Әмірліктері',
    'Біріккен Араб Әмірліктерінің',
    'Біріккен Араб Әмірліктеріне',
    'Біріккен Араб Әмірліктерінде',
    'Біріккен Араб Әмірліктерінен',
    'Біріккен Араб Әмірліктерін',
  ],
  [
    'Талдықорған',
    'Талдықорғанның',
    'Талдықорғанға',
    'Талдықорғанда',
    'Талдықорғаннан',
    'Талдықорғанды',
  ],
];
const KK_FRAMES: [(n: string[]) => string, string, string][] = [
  [(n) => `Тоқаев 23 қыркүйекте ${n[0]} өкілдерімен`, 'кездеседі', 'кездесті'],
  [(n) => `Тоқаев 23 қыркүйекте ${n[1]} басшысымен`, 'кездеседі', 'кездесті'],
  [(n) => `Тоқаев 23 қыркүйекте ${n[2]} сапармен`, 'барады', 'барды'],
  [(n) => `Тоқаев 23 қыркүйекте ${n[3]} сөз`, 'сөйлейді', 'сөйледі'],
  [(n) => `Делегация 23 қыркүйекте ${n[4]}`, 'оралады', 'оралды'],
  [(n) => `Қазақстан 23 қыркүйекте ${n[5]}`, 'қолдайды', 'қолдады'],
];
const KK = KK_NAMES.flatMap((names) =>
  KK_FRAMES.flatMap(([head, future, past]) => [
    [`${head(names)} ${future}.`, AHEAD],
    [`${head(names)} ${past}.`, BEHIND],
  ]),
);

/** Russian names before the date, in each case, with a verb frame: [future, past]. */
const RU_NAMES: [string[], boolean][] = [
  [
    [
      'Организация Объединённых Наций',
      'Организации Объединенных Наций',
      'Организацией Объединённых Наций',
    ],
    false,
  ],
  [
    [
      'Объединённые Арабские Эмираты',
      'Объединенных Арабских Эмиратов',
      'Объединёнными Арабскими Эмиратами',
    ],
    true,
  ],
  [
    [
      'Объединенные Арабские Эмираты',
      'Объединённых Арабских Эмиратов',
      'Объединенными Арабскими Эмиратами',
    ],
    true,
  ],
];
const RU_FRAMES: [(n: string[]) => string, string, string][] = [
  [(n) => `Делегация ${n[1]} 23 сентября`, 'прибудет в Астану', 'прибыла в Астану'],
  [(n) => `Посол ${n[1]} 23 сентября`, 'вручит верительные грамоты', 'вручил верительные грамоты'],
  [(n) => `Сотрудничество с ${n[2]} 23 сентября`, 'обсудят министры', 'обсудили министры'],
];
const RU = RU_NAMES.flatMap(([names, plural]) => [
  // The name as the subject, its verb agreeing.
  [`${names[0]} 23 сентября ${plural ? 'примут' : 'примет'} участие в саммите.`, AHEAD],
  [`${names[0]} 23 сентября ${plural ? 'приняли' : 'приняла'} участие в саммите.`, BEHIND],
  ...RU_FRAMES.flatMap(([head, future, past]) => [
    [`${head(names)} ${future}.`, AHEAD],
    [`${head(names)} ${past}.`, BEHIND],
  ]),
]);

describe('a known name is no verb to a year-less date', () => {
  it.each(KK)('kk: %s → %s', (text, value) => expect(dateOf('kk', text)).toBe(value));
  it.each(RU)('ru: %s → %s', (text, value) => expect(dateOf('ru', text)).toBe(value));
});

describe('blankKnownNames', () => {
  it('blanks a name with its case ending, keeping the offsets', () => {
    const text = 'Тоқаев Біріккен Ұлттар Ұйымында сөйледі.';
    const out = blankKnownNames(text, 'kk');
    expect(out).toHaveLength(text.length);
    expect(out).toMatch(/^Тоқаев x+ сөйледі\.$/u);
  });
  it('leaves a text with no name as it is', () => {
    expect(blankKnownNames('Сессия 23 қыркүйекте ашылады.', 'kk')).toBe(
      'Сессия 23 қыркүйекте ашылады.',
    );
  });
});
