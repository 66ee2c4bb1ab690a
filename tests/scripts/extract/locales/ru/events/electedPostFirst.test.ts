/**
 * An election to a post, the post told first in the instrumental and the verb a clause's length
 * later: "Председателем партии «Аманат» 10 марта избран Ерлан Кошанов" gave no event, and
 * "Спикером Мажилиса избран …" an election "to a new post". Generated over posts (with and without
 * the party's name, the chambers' Speakers and deputies), the elected one's gender, word orders
 * (the post first, the date first, the name first, "был", the active with its subject, an adverb)
 * and two dates; sentences written for the test, through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const POSTS: Array<[string, string]> = [
  ['председателем партии «Аманат»', 'chairman of AMANAT'],
  ['председателем партии', 'party chairman'],
  ['спикером Мажилиса', 'Chairman of the Mazhilis'],
  ['спикером Сената', 'Chairman of the Senate'],
  ['председателем Сената', 'Chairman of the Senate'],
  ['лидером партии «Ак жол»', 'leader of Ak Zhol'],
  ['секретарём маслихата', 'secretary of the maslikhat'],
  ['заместителем председателя Мажилиса', 'Deputy Chairman of the Mazhilis'],
  ['вице-спикером Сената', 'Deputy Chairman of the Senate'],
];
const PEOPLE = [
  {
    name: 'Ерлан Кошанов',
    acc: 'Ерлана Кошанова',
    en: 'Yerlan Koshanov',
    verb: 'избран',
    was: 'был',
  },
  {
    name: 'Айгуль Садыкова',
    acc: 'Айгуль Садыкову',
    en: 'Aygul Sadykova',
    verb: 'избрана',
    was: 'была',
  },
];
const DATES: Array<[string, string]> = [
  ['10 марта', '2025-03-10'],
  ['3 февраля', '2025-02-03'],
];
const up = (s: string) => s[0]!.toUpperCase() + s.slice(1);

const CASES = POSTS.flatMap(([post, en]) =>
  PEOPLE.flatMap((p) =>
    DATES.flatMap(([date, day]) =>
      [
        `${up(post)} ${date} ${p.verb} ${p.name}.`,
        `${date} ${post} ${p.verb} ${p.name}.`,
        `${p.name} ${date} ${p.verb} ${post}.`,
        `${up(post)} ${date} ${p.was} ${p.verb} ${p.name}.`,
        `${up(post)} ${date} делегаты единогласно избрали ${p.acc}.`,
      ].map((text) => [up(text), day, `${p.en} elected ${en}`] as const),
    ),
  ),
);

describe('an election to a post told first in the instrumental', () => {
  it.each(CASES)('%s → %s %s', (text, day, title) => {
    const events = extractSentences('ru', text, '2025-03-12').events;
    expect(events.map((e) => `${e.type} ${e.date.edtf} ${e.title.en}`)).toContain(
      `appointment ${day} ${title}`,
    );
  });
});
