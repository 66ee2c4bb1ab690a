/**
 * A person named as the leader of the body that acts ("во главе с" after the body's noun) is no
 * actor of its act: "Сенат во главе с Маулен Ашимбаевым принял закон" (a test sentence written for
 * the check) gave the law to Ashimbayev. Generated over people (both genders), the phrase with
 * role words or without, bodies of each gender and number, with a date or without; controls keep
 * the chair of a sitting ("под председательством") and a body's leader who is the subject.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../events/extractSentences';

const PEOPLE = [
  { ins: 'Мауленом Ашимбаевым', gen: 'Маулена Ашимбаева', who: 'Ашимбаев' },
  { ins: 'Даригой Назарбаевой', gen: 'Дариги Назарбаевой', who: 'Назарбаева' },
  { ins: 'Олжасом Бектеновым', gen: 'Олжаса Бектенова', who: 'Бектенов' },
];
const PHRASES: ((p: (typeof PEOPLE)[number]) => string)[] = [
  (p) => `во главе с ${p.ins}`,
  (p) => `во главе с председателем ${p.ins}`,
  (p) => `во главе со своим председателем ${p.ins}`,
];
const BODIES = [
  { noun: 'Сенат', verb: 'принял закон о медиа', type: 'law' },
  { noun: 'Палата', verb: 'приняла закон о медиа', type: 'law' },
  { noun: 'Правительство', verb: 'одобрило законопроект о медиа', type: 'law' },
  { noun: 'Депутаты', verb: 'приняли закон о медиа', type: 'law' },
];
const DATES = ['5 марта ', ''];

const CASES = PEOPLE.flatMap((p) =>
  PHRASES.flatMap((phrase) =>
    BODIES.flatMap((b) =>
      DATES.map((date) => ({
        text: `${b.noun} ${phrase(p)} ${date}${b.verb}.`,
        type: b.type,
        who: p.who,
      })),
    ),
  ),
);

const eventsOf = (text: string) =>
  extractSentences('ru', text, '2025-03-12').events.map((e) => ({
    type: e.type,
    names: (e.actors ?? []).map((a) => a.name),
  }));

describe('the leader named with the body that acts is no actor of its act', () => {
  it.each(CASES)('$text', ({ text, type, who }) => {
    const main = eventsOf(text).filter((e) => e.type === type);
    expect(main.length).toBeGreaterThan(0);
    expect(main.flatMap((e) => e.names).filter((n) => n.includes(who))).toEqual([]);
  });
});

const CONTROLS = [
  // (The chair of a sitting holds it.)
  {
    text: 'В Доме правительства под председательством премьер-министра Олжаса Бектенова 5 марта прошло заседание правительства.',
    type: 'meeting',
    who: 'Бектенов',
  },
  {
    text: 'Под председательством Касым-Жомарта Токаева 5 марта прошло заседание Совета безопасности.',
    type: 'meeting',
    who: 'Токаев',
  },
  {
    text: 'Маулен Ашимбаев во главе Сената 5 марта подписал закон о медиа.',
    type: 'law',
    who: 'Ашимбаев',
  },
];

describe('the chair of a sitting, or a leader who is the subject, is kept', () => {
  it.each(CONTROLS)('$text', ({ text, type, who }) => {
    const names = eventsOf(text)
      .filter((e) => e.type === type)
      .flatMap((e) => e.names);
    expect(names.some((n) => n.includes(who))).toBe(true);
  });
});
