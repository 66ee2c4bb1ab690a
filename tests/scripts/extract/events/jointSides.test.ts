/**
 * Two people joined by "and" are the two sides of talks, a meeting or a phone call. "Путин и
 * Токаев провели переговоры" (test sentence written for the check) found no Putin (a lone surname
 * in -ин needs a verb agreeing in gender, and "провели" has none) and was titled "Tokayev holds
 * talks"; "Тоқаев пен Путин келіссөз жүргізді" found both but named one. Now a lone surname
 * joined by "и"/"мен"/"бен"/"пен"/"және" to an -ов/-ев one is a person
 * (arguments/loneSurname.ts isJoinedToSurname), and the pair are host and the one met
 * (events/jointSides.ts). Generated over surnames, both orders, three verbs and both languages.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const LONE = [
  { ru: 'Путин', kk: 'Путин', en: 'Putin' },
  { ru: 'Мишустин', kk: 'Мишустин', en: 'Mishustin' },
  { ru: 'Лукашенко', kk: 'Лукашенко', en: 'Lukashenko' },
];
const STRONG = [
  { ru: 'Токаев', kk: 'Тоқаев', en: 'Tokayev' },
  { ru: 'Жапаров', kk: 'Жапаров', en: 'Japarov' },
];
const VERBS = [
  { ru: 'провели переговоры', kk: 'келіссөз жүргізді', en: 'holds talks with' },
  {
    ru: 'провели телефонный разговор',
    kk: 'телефон арқылы сөйлесті',
    en: 'holds a phone call with',
  },
  { ru: 'встретились в Акорде', kk: 'Ақордада кездесті', en: 'meets' },
];

/** Kazakh "and" after a word: бен after ж/з, пен after a voiceless consonant or б/в/г/д, else мен. */
const kkAnd = (w: string) => (/[жз]$/u.test(w) ? 'бен' : /[бвгдкқпстфхцчшщ]$/u.test(w) ? 'пен' : 'мен'); // prettier-ignore

type Name = { ru: string; kk: string; en: string };
const PAIRS: [Name, Name][] = LONE.flatMap((a) =>
  STRONG.flatMap((b): [Name, Name][] => [
    [a, b],
    [b, a],
  ]),
);
const CASES = PAIRS.flatMap(([a, b]) =>
  VERBS.flatMap((v) => [
    {
      lang: 'ru' as const,
      text: `11 марта ${a.ru} и ${b.ru} ${v.ru}.`,
      title: `${a.en} ${v.en} ${b.en}`,
    },
    {
      lang: 'kk' as const,
      text: `11 наурызда ${a.kk} ${kkAnd(a.kk)} ${b.kk} ${v.kk}.`,
      title: `${a.en} ${v.en} ${b.en}`,
    },
    {
      lang: 'kk' as const,
      text: `11 наурызда ${a.kk} және ${b.kk} ${v.kk}.`,
      title: `${a.en} ${v.en} ${b.en}`,
    },
  ]),
);

describe('two joined by "and" are the two sides', () => {
  it.each(CASES)('$text', ({ lang, text, title }) => {
    const en = extractSentences(lang, text, '2025-03-12').events.map((e) => e.title.en);
    expect(en.join(' | ')).toContain(title);
  });
  it('a list of three names no two sides', () => {
    const e = extractSentences(
      'ru',
      '11 марта Путин, Токаев и Жапаров провели переговоры.',
      '2025-03-12',
    );
    expect(e.events.map((x) => x.title.en).join(' | ')).not.toContain('with');
  });
  it('not a noun of that shape', () => {
    const e = extractSentences(
      'ru',
      '11 марта Карантин и Токаев провели переговоры.',
      '2025-03-12',
    );
    expect(e.events.flatMap((x) => x.actors.map((a) => a.name))).not.toContain('Карантин');
  });
});
