/**
 * A post taken by its holder is his own act, not an appointment by someone. "19 наурызда Назарбаев
 * өкілеттігін тапсырды, ал 20 наурызда Тоқаев қызметіне кірісті" was titled "Nazarbayev makes an
 * appointment" (the head of state of the clause before), and "Ерлан Карин стал председателем
 * партии" "Yerlan Karin appointed party chairman" (test sentences written for the check). The cue
 * (locales/<lang>/lexicon/tookOffice.ts) makes its subject, the one right before it, the holder
 * and the title "X takes up a new post" / "X becomes P" (events/tookOffice.ts). Generated over the
 * two people, the Kazakh wordings and the Russian posts and genders.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PAIRS = [
  { before: 'Назарбаев', holder: 'Тоқаев', en: 'Tokayev' },
  { before: 'Асқар Мамин', holder: 'Әлихан Смайылов', en: 'Alikhan Smailov' },
];
const KK_TOOK = ['қызметіне кірісті', 'лауазымына кірісті', 'міндетін атқаруға кірісті'];
const KK = PAIRS.flatMap((p) =>
  KK_TOOK.map((took) => ({
    text: `19 наурызда ${p.before} өкілеттігін тапсырды, ал 20 наурызда ${p.holder} ${took}.`,
    title: `${p.en} takes up a new post`,
  })),
);

const PEOPLE = [
  { ru: 'Ерлан Карин стал', en: 'Yerlan Karin' },
  { ru: 'Айгуль Петрова стала', en: 'Aygul Petrova' },
];
const POSTS = [
  { ru: 'председателем партии', en: 'party chairman' },
  { ru: 'новым акимом области', en: 'akim' },
  { ru: 'министром юстиции', en: 'Minister of Justice' },
];
const RU = PEOPLE.flatMap((p) =>
  POSTS.map((post) => ({
    text: `12 марта ${p.ru} ${post.ru}.`,
    title: `${p.en} becomes ${post.en}`,
  })),
);

const titles = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, '2025-03-12')
    .events.filter((e) => e.type === 'appointment')
    .map((e) => e.title.en);

describe('a post taken by its holder', () => {
  it.each(KK)('kk $text', ({ text, title }) => {
    expect(titles('kk', text)).toEqual([title]);
  });
  it.each(RU)('ru $text', ({ text, title }) => {
    expect(titles('ru', text).join(' | ')).toMatch(new RegExp(`^${title}`, 'u'));
  });
});
