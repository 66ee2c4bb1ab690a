/**
 * Russian: a year named by "провозгласить" or "назвать" is a naming as one by "объявить" is ("Глава
 * государства 5 марта провозгласил 2026 год Годом рабочих профессий", "2026 год 5 марта был назван
 * Годом рабочих профессий" gave no event): every subject with its verb agreeing in gender and
 * number, word order, date, the short participle with or without "был", and the future, told
 * ahead (lexicon/yearNamed.ts). What stays: "назвал" naming anything else is no naming.
 * Sentences written for this test, published 2025-03-12.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const PUB = '2025-03-12';
// (Who names, and the past of each verb agreeing with him.)
const SUBJECTS = [
  ['Президент', 'провозгласил', 'назвал'],
  ['Ассамблея народа Казахстана', 'провозгласила', 'назвала'],
  ['Правительство', 'провозгласило', 'назвало'],
  ['Депутаты', 'провозгласили', 'назвали'],
] as const;
const NAMES = [
  ['Годом рабочих профессий', 'рабочих профессий'],
  ['«Годом цифровизации»', 'цифровизации'],
] as const;
const DAYS = [
  ['5 марта', '2025-03-05'],
  ['в пятницу', '2025-03-07'],
  ['вчера', '2025-03-11'],
] as const;
const PASSIVES = ['назван', 'был назван', 'провозглашён', 'провозглашен', 'был провозглашён'];
const FUTURES = [
  ['Президент', 'провозгласит', 'назовёт'],
  ['Депутаты', 'провозгласят', 'назовут'],
] as const;

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const namings = (s: string) =>
  extractSentences('ru', `Текст.\n\n${cap(s)}`, PUB).events.map(
    (e) => `${e.date.edtf} ${e.status} ${e.title.en} | ${e.title.ru}`,
  );
const want = (day: string, n: string, status = 'reported') =>
  status === 'reported'
    ? `${day} reported 2026 declared the Year of «${n}» | 2026 год объявлен Годом «${n}»`
    : `${day} planned 2026 to be declared the Year of «${n}» | 2026 год будет объявлен Годом «${n}»`;

describe('Russian: a year named by "провозгласить" or "назвать"', () => {
  const active = SUBJECTS.flatMap(([who, ...verbs]) =>
    verbs.flatMap((v) =>
      NAMES.flatMap(([name, n]) =>
        DAYS.flatMap(([d, day]) => [
          [`${d} ${who} ${v} 2026 год ${name}.`, want(day, n)],
          [`${who} ${d} ${v} 2026 год ${name}.`, want(day, n)],
        ]),
      ),
    ),
  );
  const passive = PASSIVES.flatMap((v) =>
    NAMES.flatMap(([name, n]) =>
      DAYS.map(([d, day]) => [`2026 год ${d} ${v} ${name}.`, want(day, n)]),
    ),
  );
  const ahead = FUTURES.flatMap(([who, ...verbs]) =>
    verbs.flatMap((v) =>
      NAMES.map(([name, n]) => [
        `${who} 14 марта ${v} 2026 год ${name}.`,
        want('2025-03-14', n, 'planned'),
      ]),
    ),
  );
  it.each([...active, ...passive, ...ahead])('%s', (s, w) => {
    expect(namings(s)).toEqual([w]);
  });
});

describe('Russian: "назвал" naming no year stays none', () => {
  it.each([
    'Президент 5 марта назвал ситуацию сложной.',
    'Глава государства 5 марта назвал 2026 год непростым.',
    'В пятницу депутаты назвали годом перемен прошедший год.',
    'Министр 5 марта назвал имена победителей конкурса.',
  ])('%s', (s) => {
    expect(namings(s).filter((t) => /Year of/u.test(t))).toEqual([]);
  });
});
