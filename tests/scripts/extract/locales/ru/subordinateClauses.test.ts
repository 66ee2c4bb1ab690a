/**
 * A person named in a Russian subordinate clause of time, cause or concession is the subject of
 * that clause's verb, not of the main verb's: "Выборы были назначены указом от 9 апреля, после
 * того как 19 марта Назарбаев объявил о своей отставке" (a test sentence written for the check)
 * gave the decree to Nazarbayev. Generated over people (both genders), conjunctions, the clause
 * before or after the main one, and agentless main clauses; controls keep the clause's own event,
 * a subject named in the main clause and a pronoun that refers back to the clause's person.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../events/extractSentences';

const PEOPLE = [
  { name: 'Нурсултан Назарбаев', said: 'объявил о своей отставке', who: 'Назарбаев' },
  { name: 'Дарига Назарбаева', said: 'объявила о своей отставке', who: 'Назарбаева' },
  { name: 'Бакытжан Сагинтаев', said: 'подал в отставку', who: 'Сагинтаев' },
];
const CONJUNCTIONS = [
  'после того как',
  'после того, как',
  'до того как',
  'перед тем как',
  'когда',
  'пока',
  'так как',
  'потому что',
  'поскольку',
  'хотя',
  'несмотря на то что',
  'с тех пор как',
];
const MAINS = ['выборы были назначены указом от 9 апреля', 'закон о выборах был принят 9 апреля'];
const upper = (s: string) => s[0]!.toUpperCase() + s.slice(1);

const CASES = PEOPLE.flatMap((p) =>
  CONJUNCTIONS.flatMap((c) =>
    MAINS.flatMap((main) => {
      const clause = `${c} 19 марта ${p.name} ${p.said}`;
      return [
        { text: `${upper(main)}, ${clause}.`, who: p.who },
        { text: `${upper(clause)}, ${main}.`, who: p.who },
      ];
    }),
  ),
);

const eventsOf = (text: string) =>
  extractSentences('ru', text, '2025-03-12').events.map((e) => ({
    type: e.type,
    names: (e.actors ?? []).map((a) => a.name),
  }));

describe('a person named in a subordinate clause is no actor of the main verb', () => {
  it.each(CASES)('$text', ({ text, who }) => {
    const main = eventsOf(text).filter((e) => e.type !== 'resignation');
    expect(main.length).toBeGreaterThan(0);
    expect(main.flatMap((e) => e.names).filter((n) => n.includes(who))).toEqual([]);
  });
});

const CONTROLS = [
  // (The clause's own event is his.)
  {
    text: 'Выборы были назначены указом от 9 апреля, после того как 19 марта Нурсултан Назарбаев объявил о своей отставке.',
    type: 'resignation',
    who: 'Назарбаев',
  },
  // (A subject named in the main clause acts in it.)
  {
    text: 'Касым-Жомарт Токаев 9 апреля подписал указ о выборах, после того как 19 марта Нурсултан Назарбаев объявил о своей отставке.',
    type: 'decree',
    who: 'Токаев',
  },
  {
    text: 'Когда 19 марта Нурсултан Назарбаев объявил о своей отставке, Касым-Жомарт Токаев 9 апреля подписал указ о выборах.',
    type: 'decree',
    who: 'Токаев',
  },
];

describe('the clause keeps its own event, the main clause its own subject', () => {
  it.each(CONTROLS)('$text', ({ text, type, who }) => {
    const names = eventsOf(text)
      .filter((e) => e.type === type)
      .flatMap((e) => e.names);
    expect(names.some((n) => n.includes(who))).toBe(true);
  });
});
