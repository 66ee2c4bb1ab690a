/**
 * A person who is the subject of a participle phrase describing the main clause's subject is no
 * actor of the main verb: "Ашимбаев басқарған Сенат заң қабылдады" (a test sentence written for
 * the check) gave the law to Ashimbayev, not to the Senate. Generated over people, the
 * participles of leading (past and habitual, simple and compound: басқарған, басқаратын,
 * төрағалық ететін/еткен, жетекшілік ететін/еткен, басшылық ететін/еткен, бастаған), a phrase
 * with a time in it or without, and main clauses; controls keep an intransitive participle ("өткен
 * жылы"), another subject's phrase, a head in an oblique case, and an event that is the head noun.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../events/extractSentences';

const PEOPLE = [
  { name: 'Маулен Ашимбаев', who: 'Ашимбаев' },
  { name: 'Ерлан Қошанов', who: 'Қошанов' },
  { name: 'Дариға Назарбаева', who: 'Назарбаева' },
];
const PARTICIPLES = [
  'басқарған',
  'басқаратын',
  'төрағалық ететін',
  'төрағалық еткен',
  'жетекшілік ететін',
  'жетекшілік еткен',
  'басшылық ететін',
  'басшылық еткен',
  'бастаған',
];
const INNER = ['', '2019 жылдан бері '];
const MAINS = [
  { head: 'Сенат', rest: '5 наурызда заң қабылдады', type: 'law' },
  { head: 'Мәжіліс', rest: '5 наурызда заң жобасын мақұлдады', type: 'law' },
  { head: 'Үкімет', rest: '5 наурызда отставкаға кетті', type: 'resignation' },
];

const CASES = PEOPLE.flatMap((p) =>
  PARTICIPLES.flatMap((participle) =>
    INNER.flatMap((inner) =>
      MAINS.map((m) => ({
        text: `${p.name} ${inner}${participle} ${m.head} ${m.rest}.`,
        type: m.type,
        who: p.who,
      })),
    ),
  ),
);

const eventsOf = (text: string) =>
  extractSentences('kk', text, '2025-03-12').events.map((e) => ({
    type: e.type,
    names: (e.actors ?? []).map((a) => a.name),
  }));

describe('the subject of a participle phrase describing the subject is no actor', () => {
  it.each(CASES)('$text', ({ text, type, who }) => {
    const main = eventsOf(text).filter((e) => e.type === type);
    expect(main.length).toBeGreaterThan(0);
    expect(main.flatMap((e) => e.names).filter((n) => n.includes(who))).toEqual([]);
  });
});

const CONTROLS = [
  // ("Өткен жыл", last year: the year passed; Tokayev signs.)
  { text: 'Қасым-Жомарт Тоқаев өткен жылы 5 наурызда заңға қол қойды.', type: 'law' },
  // (Another subject's phrase: "the law the Senate passed".)
  { text: 'Қасым-Жомарт Тоқаев Сенат қабылдаған заңға 5 наурызда қол қойды.', type: 'law' },
  // (A head in an oblique case, his own address: he is the main verb's subject too.)
  {
    text: 'Қасым-Жомарт Тоқаев халыққа арнаған жолдауында 5 наурызда жаңа заң жобасын ұсынды.',
    type: 'other',
  },
  // (The head noun is the event he holds.)
  { text: 'Қасым-Жомарт Тоқаев төрағалық еткен отырыс 5 наурызда өтті.', type: 'meeting' },
];

describe('a subject of the main clause, or of the event the phrase describes, is kept', () => {
  it.each(CONTROLS)('$text', ({ text, type }) => {
    const names = eventsOf(text)
      .filter((e) => e.type === type)
      .flatMap((e) => e.names);
    expect(names.some((n) => n.includes('Тоқаев'))).toBe(true);
  });
});
