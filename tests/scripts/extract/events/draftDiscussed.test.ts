/**
 * A draft put up for discussion is titled as such, by its kind and tense, in both languages: "Заң
 * жобасы 15 наурызда талқылауға шығарылды" and "Законопроект вынесен на общественное обсуждение"
 * were titled "A proposal"; dated by the day the discussion runs until, "Last day of discussion";
 * a draft decree ("Қаулы жобасы …", "Проект постановления …") is no decree; a draft only made
 * public ("Проект указа опубликован") was "Event". Generated over kinds, verbs and tenses.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const events = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, PUB).events.map((e) => `${e.type} ${e.date.edtf} ${e.title.en}`);

// prettier-ignore
const KINDS = [
  { kk: 'Заң жобасы', ru: 'Законопроект', en: 'A bill' },
  { kk: 'Сайлау туралы заң жобасы', ru: 'Проект закона о выборах', en: 'A bill' },
  { kk: 'Конституциялық заң жобасы', ru: 'Проект конституционного закона', en: 'A bill' },
  { kk: 'Салық кодексінің жобасы', ru: 'Проект Налогового кодекса', en: 'A draft code' },
  { kk: 'Жаңа Конституция жобасы', ru: 'Проект новой Конституции', en: 'A draft constitution' },
  { kk: 'Тұжырымдама жобасы', ru: 'Проект концепции', en: 'A draft' },
];
const KK_DONE = ['талқылауға шығарылды', 'қоғамдық талқылауға шығарылды', 'талқылауға ұсынылды', 'ашық НҚА порталында қоғамдық талқылауға шығарылды']; // prettier-ignore
const KK_AHEAD = ['талқылауға шығарылады', 'қоғамдық талқылауға шығарылмақ'];
const RU_DONE = ['вынесен на общественное обсуждение', 'опубликован для публичного обсуждения'];
const RU_AHEAD = ['будет вынесен на обсуждение'];

describe('a draft put up for discussion', () => {
  const cases: [lang: 'kk' | 'ru', text: string, out: string][] = KINDS.flatMap((k) => [
    ...KK_DONE.map((v) => ['kk', `${k.kk} 5 наурызда ${v}.`, `proposal 2025-03-05 ${k.en} is put up for discussion`] as [ 'kk', string, string ]), // prettier-ignore
    ...KK_AHEAD.map((v) => ['kk', `${k.kk} 20 наурызда ${v}.`, `proposal 2025-03-20 ${k.en} to be put up for discussion`] as [ 'kk', string, string ]), // prettier-ignore
    ...RU_DONE.map((v) => ['ru', `${k.ru} 5 марта ${v}.`, `proposal 2025-03-05 ${k.en} is put up for discussion`] as [ 'ru', string, string ]), // prettier-ignore
    ...RU_AHEAD.map((v) => ['ru', `${k.ru} ${v} 20 марта.`, `proposal 2025-03-20 ${k.en} to be put up for discussion`] as [ 'ru', string, string ]), // prettier-ignore
  ]);
  it.each(cases)('%s: %s', (lang, text, out) => {
    expect(events(lang, text)).toContain(out);
  });
});

describe('a draft dated by the day its discussion runs until; a draft act is no act', () => {
  // prettier-ignore
  const cases: [lang: 'kk' | 'ru', text: string, out: string][] = [
    ['kk', 'Заң жобасы 16 сәуірге дейін қоғамдық талқылауға шығарылды.', 'proposal 2025-04-16 Last day of discussion of a bill'],
    ['kk', 'Қаулы жобасы 16 сәуірге дейін көпшіліктің талқылауына шығарылды.', 'proposal 2025-04-16 Last day of discussion of a draft'],
    ['ru', 'Законопроект вынесен на общественное обсуждение до 16 апреля.', 'proposal 2025-04-16 Last day of discussion of a bill'],
    ['ru', 'Проект постановления вынесен на общественное обсуждение до 16 апреля.', 'proposal 2025-04-16 Last day of discussion of a draft'],
  ];
  it.each(cases)('%s: %s', (lang, text, out) => {
    const got = events(lang, text);
    expect(got).toContain(out);
    expect(got.filter((e) => e.startsWith('decree'))).toEqual([]);
  });
  it.each([
    ['kk', 'Жарлық жобасы 5 наурызда талқылауға шығарылды.'],
    ['kk', 'Өкім жобасы 5 наурызда талқылауға шығарылды.'],
    ['ru', 'Проект указа 5 марта опубликован.'],
    ['ru', 'Проект распоряжения 5 марта опубликован.'],
  ] as const)('no decree: %s: %s', (lang, text) => {
    expect(events(lang, text).filter((e) => e.startsWith('decree'))).toEqual([]);
  });
  it.each([
    'Проект указа 5 марта опубликован.',
    'Проект новой Конституции был опубликован 5 марта.',
  ])('a draft made public: %s', (text) => {
    expect(events('ru', text)).toContainEqual(
      expect.stringMatching(/^other 2025-03-05 A draft \S*\s?is published$/u),
    );
  });
  // (Handed to someone, not made public: "представит текст Президенту".)
  it.each([
    [
      'Комиссия 20 марта представит доработанный текст Президенту.',
      'other 2025-03-20 A draft to be presented',
    ],
    ['Рабочая группа 5 марта передала проект Президенту.', 'other 2025-03-05 A draft is presented'],
  ])('a draft handed over: %s', (text, out) => {
    expect(events('ru', text)).toContain(out);
  });
});
