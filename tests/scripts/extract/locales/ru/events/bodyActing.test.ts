/**
 * Russian: a gathering noun that is the subject of a body's act is the body acting, not a meeting
 * ("Собрание судей 5 марта признало закон неконституционным" also gave a "Meeting";
 * "Собрание судей 5 марта постановило отменить решение" gave only one): every subject, verb of
 * deciding in the neuter past that agrees with it, word order and date (bodyActing.ts). What
 * stays: a meeting held ("5 марта состоялось собрание акционеров"). Sentences written for this
 * test, published 2025-03-12.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const PUB = '2025-03-12';
const SUBJECTS = ['Собрание судей', 'Общее собрание судей', 'Собрание депутатов', 'Пленарное заседание суда']; // prettier-ignore
const ACTS = [
  'признало закон неконституционным',
  'постановило отменить решение акимата',
  'решило обратиться в парламент',
  'вынесло решение по делу',
  'приняло постановление',
  'утвердило регламент',
  'одобрило обращение',
  'отменило решение акимата',
];
const DATES = [
  ['5 марта', '2025-03-05'],
  ['в пятницу', '2025-03-07'],
] as const;

const kinds = (s: string) =>
  extractSentences('ru', `Текст.\n\n${s}`, PUB).events.map((e) => `${e.type} ${e.date.edtf}`);

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

describe('Russian: a body acting is no meeting', () => {
  const cases = SUBJECTS.flatMap((who) =>
    ACTS.flatMap((act) =>
      DATES.flatMap(([d]) => [`${who} ${d} ${act}.`, cap(`${d} ${who.toLowerCase()} ${act}.`)]),
    ),
  );
  it.each(cases)('%s', (s) => {
    expect(kinds(s).filter((k) => k.startsWith('meeting'))).toEqual([]);
  });
});

describe('Russian: a meeting held stays one', () => {
  it.each([
    ['5 марта состоялось собрание акционеров.', 'meeting 2025-03-05'],
    ['5 марта состоялось собрание депутатов.', 'meeting 2025-03-05'],
    ['5 марта прошло собрание судей.', 'meeting 2025-03-05'],
    ['Собрание депутатов прошло 5 марта.', 'meeting 2025-03-05'],
    ['В пятницу состоялось заседание суда.', 'meeting 2025-03-07'],
  ])('%s', (s, want) => {
    expect(kinds(s)).toContain(want);
  });
});
