/**
 * An election to a post told with "болып" or "етіп" after the post and the verb a clause's length
 * later: "Мәжіліс спикері болып 10 наурызда Ерлан Қошанов сайланды" gave no event, and "… Мәжіліс
 * спикері болып сайланды" an election "to a new post". Generated over posts (bare and possessive,
 * a party named or not, the chambers' Speakers and chairmen), two people, word orders (the post
 * first, the date first, the name first, "қайта", the active "етіп … сайлады" either way) and two
 * dates; sentences written for the test, through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const POSTS: Array<[string, string]> = [
  ['партия төрағасы', 'party chairman'],
  ['«Аманат» партиясының төрағасы', 'chairman of AMANAT'],
  ['Мәжіліс спикері', 'Chairman of the Mazhilis'],
  ['Мәжіліс Төрағасы', 'Chairman of the Mazhilis'],
  ['Сенат спикері', 'Chairman of the Senate'],
  ['мәслихат хатшысы', 'secretary of the maslikhat'],
  ['партия көшбасшысы', 'party leader'],
  ['Мәжіліс Төрағасының орынбасары', 'Deputy Chairman of the Mazhilis'],
];
const PEOPLE = [
  { name: 'Ерлан Қошанов', acc: 'Ерлан Қошановты', en: 'Yerlan Koshanov' },
  { name: 'Айгүл Садықова', acc: 'Айгүл Садықованы', en: 'Aygul Sadykova' },
];
const DATES: Array<[string, string]> = [
  ['10 наурызда', '2025-03-10'],
  ['3 ақпанда', '2025-02-03'],
];
const up = (s: string) => s[0]!.toUpperCase() + s.slice(1);

const CASES = POSTS.flatMap(([post, en]) =>
  PEOPLE.flatMap((p) =>
    DATES.flatMap(([date, day]) =>
      [
        `${post} болып ${date} ${p.name} сайланды.`,
        `${date} ${post} болып ${p.name} сайланды.`,
        `${p.name} ${date} ${post} болып сайланды.`,
        `${post} болып ${date} ${p.name} қайта сайланды.`,
        `${post} етіп ${date} делегаттар ${p.acc} сайлады.`,
        `Делегаттар ${date} ${p.acc} ${post} етіп сайлады.`,
      ].map((text) => [up(text), day, `${p.en} elected ${en}`] as const),
    ),
  ),
);

describe('an election to a post told before the verb with "болып" or "етіп"', () => {
  it.each(CASES)('%s → %s %s', (text, day, title) => {
    const events = extractSentences('kk', text, '2025-03-12').events;
    expect(events.map((e) => `${e.type} ${e.date.edtf} ${e.title.en}`)).toContain(
      `appointment ${day} ${title}`,
    );
  });
});
