/**
 * Russian: a gathering noun naming a body inside a post is no meeting ("Председатель Собрания
 * судей Иван Петров 5 марта заявил, что …" gave "Sobraniya holds a meeting"): every post noun in
 * the cases a subject or an object takes, the body with or without its adjective, and date
 * (bodyInPost.ts). What stays: a meeting held. Sentences written for this test, published
 * 2025-03-12.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const PUB = '2025-03-12';
const POSTS = [
  'Председатель Собрания судей Иван Петров',
  'Председатель Общего собрания судей Иван Петров',
  'Заместитель председателя Собрания судей Анна Ким',
  'Секретарь заседания комиссии Анна Ким',
  'Руководитель собрания акционеров Иван Петров',
  'Член собрания депутатов Иван Петров',
];
const SAID = [
  ['5 марта заявил, что реформа продолжится', '2025-03-05'],
  ['в пятницу сообщил журналистам о новых правилах', '2025-03-07'],
  ['вчера ответил на вопросы журналистов', '2025-03-11'],
];
const kinds = (s: string) =>
  extractSentences('ru', `Текст.\n\n${s}`, PUB).events.map((e) => `${e.type} ${e.title.en}`);

describe('Russian: a body named inside a post is no meeting', () => {
  const cases = POSTS.flatMap((p) => SAID.map(([v]) => `${p} ${v}.`));
  it.each(cases)('%s', (s) => {
    expect(kinds(s).filter((k) => /^meeting|holds a meeting/u.test(k))).toEqual([]);
  });
});

describe('Russian: a meeting held stays one', () => {
  it.each([
    '5 марта состоялось собрание депутатов.',
    '5 марта прошло собрание судей.',
    'В пятницу состоялось заседание комиссии.',
  ])('%s', (s) => {
    expect(kinds(s).some((k) => k.startsWith('meeting'))).toBe(true);
  });
});
