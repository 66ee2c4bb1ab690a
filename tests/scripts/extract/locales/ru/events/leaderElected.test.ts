/**
 * A party's leader elected, told with the post in the instrumental: "Лидером партии избран Азамат
 * Абильдаев." (a test sentence written for the check) gave no event. Generated over both word
 * orders, the elected one's gender, the singular and plural post, and parties named or not.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const PEOPLE = [
  { name: 'Азамат Абильдаев', acc: 'Азамата Абильдаева', verb: 'избран' },
  { name: 'Айгуль Садыкова', acc: 'Айгуль Садыкову', verb: 'избрана' },
];
const PARTIES = ['партии', 'партии «Ак жол»', 'фракции', 'движения'];
const CASES = PEOPLE.flatMap((p) =>
  PARTIES.flatMap((party) => [
    `Лидером ${party} ${p.verb} ${p.name}.`,
    `${p.name} ${p.verb} лидером ${party}.`,
    `Делегаты съезда избрали ${p.acc} лидером ${party}.`,
  ]),
);

describe('a leader elected, the post in the instrumental', () => {
  it.each(CASES)('%s', (text) => {
    const events = extractSentences('ru', text, '2025-03-12').events;
    expect(events.map((e) => e.type)).toContain('appointment');
  });
});
