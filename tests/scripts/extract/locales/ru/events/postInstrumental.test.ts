/**
 * "Стал" with a post in the nominative names who someone is, not a post taken: "Им стал
 * председатель партии Жиголи Дайрабаев" after "Партия выдвинула своего кандидата" (test sentences
 * written for the check) was read as "Zhigoli Dayrabayev appointed party chairman". A post taken is
 * in the instrumental ("стал председателем", "новым акимом стал"). Generated over the pronoun or noun
 * before "стал", the post, the person, and the instrumental wordings that stay appointments.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const PEOPLE = [
  { name: 'Жиголи Дайрабаев', a: '', pro: 'Им' },
  { name: 'Айгуль Сарсенова', a: 'а', pro: 'Ею' },
];
const POSTS = [
  { nom: 'председатель партии', ins: 'председателем партии' },
  { nom: 'аким Павлодарской области', ins: 'акимом Павлодарской области' },
  { nom: 'министр сельского хозяйства', ins: 'министром сельского хозяйства' },
  { nom: 'депутат Мажилиса', ins: 'депутатом Мажилиса' },
];
const LEAD = 'Партия «Ауыл» выдвинула своего кандидата на выборы Президента.';

const NAMED = PEOPLE.flatMap((p) =>
  POSTS.flatMap((post) =>
    [p.pro, 'Кандидатом'].map((who) => `${LEAD} ${who} стал${p.a} ${post.nom} ${p.name}.`),
  ),
);
const TAKEN = PEOPLE.flatMap((p) =>
  POSTS.flatMap((post) => [
    `${p.name} стал${p.a} ${post.ins}.`,
    `Новым ${post.ins.split(' ')[0]!} стал${p.a} ${p.name}.`,
  ]),
);

describe('"стал" + a nominative post names who one is, not a post taken', () => {
  it.each(NAMED)('%s', (text) => {
    const events = extractSentences('ru', text, '2025-03-12').events;
    expect(events.filter((e) => e.type === 'appointment').map((e) => e.title.en)).toEqual([]);
  });
  it.each(TAKEN)('%s', (text) => {
    const events = extractSentences('ru', text, '2025-03-12').events;
    expect(events.filter((e) => e.type === 'appointment').length).toBeGreaterThan(0);
  });
});
