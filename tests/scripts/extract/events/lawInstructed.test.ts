/**
 * A law an instruction asks for is still ahead: "Президент поручил до конца года внести поправки в
 * закон о выборах", "Токаев поручил принять закон о маслихатах до конца года" (test sentences
 * written for the check) were law events marked done ("Tokayev signs the law"): the instruction
 * verb stood aside for the law it governs. The law after "поручил", "поручено", "дал поручение"
 * in the same clause is now the instruction's topic, and the instruction is the event; a law
 * told in a clause of its own after it ("…, а Сенат 5 марта принял закон") stays a law.
 * Generated over who instructs, what is to be done and by when.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const WHO = ['Президент поручил', 'Токаев дал поручение', 'Глава государства поручил Правительству']; // prettier-ignore
const WHEN = ['до конца года', 'до 1 июля'];
// prettier-ignore
const WHAT = [
  'внести поправки в закон о выборах',
  'принять закон о местном самоуправлении',
  'разработать и внести в Мажилис законопроект о маслихатах',
];

const instructed = WHO.flatMap((who) =>
  WHEN.flatMap((when) => WHAT.map((what) => `${who} ${when} ${what}.`)),
);

describe('a law an instruction asks for is ahead, no law done', () => {
  it.each(instructed)('%s', (text) => {
    const events = extractSentences('ru', text, PUB).events;
    expect(events.filter((e) => e.type === 'law' && e.status !== 'planned')).toEqual([]);
    // (The task due by the deadline, titled by what is due, else as a deadline.)
    expect(events.map((e) => e.title.en).join(' / ')).toMatch(/ to |Deadline/u);
  });
  it('a law in a clause of its own stays a law', () => {
    const text = 'Президент поручил Правительству подготовить предложения, а Сенат 5 марта принял закон о выборах.'; // prettier-ignore
    const types = extractSentences('ru', text, PUB).events.map((e) => `${e.type} ${e.date.edtf}`);
    expect(types).toContain('law 2025-03-05');
  });
});
