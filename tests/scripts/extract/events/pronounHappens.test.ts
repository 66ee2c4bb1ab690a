/**
 * A sentence that opens with a pronoun and tells a happening ("Он пройдет 6 ноября") tells the
 * gathering or vote the sentence before named: its kind, on that day. Generated over pronouns
 * agreeing with the nouns, and the verbs of happening.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from './extractSentences';

const NOUNS: Array<[string, string, string]> = [
  ['Лидеры обсудили подготовку к саммиту стран региона.', 'Он', 'meeting'],
  ['Партия готовится к съезду.', 'Он', 'congress'],
  ['Министры договорились о рабочей встрече.', 'Она', 'meeting'],
  ['Депутаты готовятся к внеочередной сессии маслихата.', 'Она', 'session'],
  ['Объявлено о референдуме по новой Конституции.', 'Он', 'referendum'],
  ['Аким пригласил жителей на общественные слушания.', 'Они', 'meeting'],
];
const VERBS: Record<string, string[]> = {
  Он: ['пройдет', 'пройдёт', 'состоится'],
  Она: ['пройдет', 'состоится'],
  Они: ['пройдут', 'состоятся'],
};

describe('a pronoun that tells a happening stands for the gathering named before it', () => {
  for (const [before, pronoun, type] of NOUNS)
    for (const verb of VERBS[pronoun]!) {
      const text = `${before} ${pronoun} ${verb} 14 ноября в Астане.`;
      it(text, () => {
        const events = eventsOf('ru', text, '2024-10-02').events;
        expect(events.map((e) => [e.type, e.date.edtf])).toContainEqual([type, '2024-11-14']);
        expect(events.filter((e) => e.type === 'other')).toEqual([]);
      });
    }

  it('not when the sentence before names no gathering', () => {
    const text = 'Депутаты обсудили бюджет. Он пройдет 14 ноября.';
    const events = eventsOf('ru', text, '2024-10-02').events;
    expect(events.map((e) => [e.type, e.date.edtf])).toContainEqual(['other', '2024-11-14']);
    expect(events.map((e) => [e.type, e.date.edtf])).not.toContainEqual(['meeting', '2024-11-14']);
  });

  it('not across a paragraph', () => {
    const text = 'Лидеры обсудили подготовку к саммиту стран региона.\n\nОн пройдет 14 ноября.';
    const events = eventsOf('ru', text, '2024-10-02').events;
    expect(events.map((e) => [e.type, e.date.edtf])).not.toContainEqual(['meeting', '2024-11-14']);
  });
});
