/**
 * The year a name is given ("объявил 2026 год Годом рабочих профессий", "2026 жылды Жұмысшы
 * мамандықтары жылы деп жариялады") is the object's, not the naming's date: the naming is dated by
 * its own day ("В пятницу", "жұма күні" → the Friday before publication, told by a past verb),
 * the year named only titles it. Every subject with its verb in gender and number, both voices,
 * a year named in digits or by a word, names plain and quoted, three days; and what stays: a year
 * that really dates the naming ("В 2026 году президент объявил 2027 год …"), and a ratified
 * document's own day. Sentences written for this test, published 2025-03-12.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';

const RU_SUBJECTS = [
  ['президент', 'объявил'],
  ['Глава государства', 'объявил'],
  ['Ассамблея народа Казахстана', 'объявила'],
  ['Правительство', 'объявило'],
  ['власти', 'объявили'],
] as const;
const RU_YEARS = ['2026 год', '2027 год', 'следующий год'];
const RU_NAMES = ['Годом рабочих профессий', '«Годом цифровизации»'];
const RU_DAYS = [
  ['В пятницу', '2025-03-07'],
  ['5 марта', '2025-03-05'],
  ['Вчера', '2025-03-11'],
] as const;
const KK_SUBJECTS = ['Президент', 'Мемлекет басшысы', 'Үкімет', 'Депутаттар'];
const KK_YEARS = ['2026 жылды', '2027 жылды', 'келесі жылды'];
const KK_NAMES = ['Жұмысшы мамандықтары жылы деп', '«Цифрландыру жылы» болып'];
const KK_DAYS = [
  ['жұма күні', '2025-03-07'],
  ['5 наурызда', '2025-03-05'],
  ['кеше', '2025-03-11'],
] as const;
const KK_PASSIVE_YEARS = ['2026 жыл', '2027 жыл', 'Келесі жыл'];

const namings = (lang: 'kk' | 'ru', s: string) =>
  extractSentences(lang, `Текст.\n\n${s}`, PUB)
    .events.filter((e) => /declared/u.test(e.title.en))
    .map((e) => `${e.date.edtf} ${e.status}`);

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

const cases = [
  ...RU_SUBJECTS.flatMap(([who, verb]) =>
    RU_YEARS.flatMap((y) =>
      RU_NAMES.flatMap((n) =>
        RU_DAYS.map(([d, day]) => ['ru', `${d} ${who} ${verb} ${y} ${n}.`, day] as const),
      ),
    ),
  ),
  // (The passive, the year its subject: "5 марта указом президента 2026 год объявлен …".)
  ...RU_NAMES.flatMap((n) =>
    RU_DAYS.map(
      ([d, day]) => ['ru', `${d} указом президента 2026 год объявлен ${n}.`, day] as const,
    ),
  ),
  ...KK_SUBJECTS.flatMap((who) =>
    KK_YEARS.flatMap((y) =>
      KK_NAMES.flatMap((n) =>
        KK_DAYS.map(([d, day]) => ['kk', `${who} ${d} ${y} ${n} жариялады.`, day] as const),
      ),
    ),
  ),
  ...KK_PASSIVE_YEARS.flatMap(
    (y) =>
    KK_DAYS.map(([d, day]) => ['kk', `${d} ${y} Жұмысшы мамандықтары жылы деп жарияланды.`, day] as const), // prettier-ignore
  ),
].map(([lang, s, day]) => [lang, cap(s), day] as const);

describe('the year named is not the naming’s date', () => {
  it.each(cases)('%s: %s', (lang, s, day) => {
    expect(namings(lang, s)).toEqual([`${day} reported`]);
  });
});

describe('a date of the naming stays its own', () => {
  it.each([
    ['ru', 'В 2026 году президент объявил 2027 год Годом рабочих профессий.', '2026 planned'],
    ['ru', 'В 2024 году президент объявил 2025 год Годом рабочих профессий.', '2024 reported'],
    [
      'ru',
      '12 февраля 2019 года президент объявил 2020 год Годом волонтёра.',
      '2019-02-12 reported',
    ],
    [
      'kk',
      'Президент 2024 жылы 2025 жылды Жұмысшы мамандықтары жылы деп жариялады.',
      '2024 reported',
    ],
    [
      'kk',
      '2019 жылғы 12 ақпанда Президент 2020 жылды Волонтер жылы деп жариялады.',
      '2019-02-12 reported',
    ],
  ] as const)('%s: %s', (lang, s, want) => {
    expect(namings(lang, s)).toEqual([want]);
  });

  it('a ratified document’s day stays its own', () => {
    const got = extractSentences(
      'ru',
      'Текст.\n\nСенат 6 марта ратифицировал соглашение от 5 мая 2024 года.',
      PUB,
    ).events.map((e) => `${e.type} ${e.date.edtf}`);
    expect(got).toContain('law 2025-03-06');
  });
});
