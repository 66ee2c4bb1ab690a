/**
 * "Выдвинуть" nominates only when a candidate or a list is put forward: an idea, an initiative or
 * a demand put forward ("выдвинул идею", "выдвинула инициативу") is a proposal about its own
 * topic, not one of nominating candidates. Sentences written for this test, generated over who
 * puts forward, the verb's form and what is put forward; candidates put forward stay a nomination.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from '../../../events/extractSentences';

const WHO = ['Депутат Мажилиса Ерлан Саиров', 'Президент', 'Глава государства'];
const VERB = ['выдвинул', 'сегодня выдвинул'];
const WHAT = [
  'идею создания новых рабочих мест',
  'инициативу о снижении налогов',
  'требование о проверке закупок',
];

describe('an idea put forward is no nomination of candidates', () => {
  for (const who of WHO)
    for (const verb of VERB)
      for (const what of WHAT) {
        const text = `${who} ${verb} ${what}.`;
        it(`${text} → not 'nominating candidates'`, () => {
          const titles = eventsOf('ru', text, '2024-03-12').events.map((e) => e.title?.en ?? '');
          expect(titles.length).toBeGreaterThan(0);
          expect(titles.join(' ')).not.toMatch(/nominat/iu);
        });
      }
  it.each([
    'Партия «Ак жол» выдвинула своих кандидатов в маслихаты.',
    'Партия «Ак жол» выдвинула партийный список.',
  ])('%s → still a nomination', (text) => {
    const titles = eventsOf('ru', text, '2024-03-12').events.map((e) => e.title?.en ?? '');
    expect(titles.join(' ')).toMatch(/nominates/u);
  });
});
