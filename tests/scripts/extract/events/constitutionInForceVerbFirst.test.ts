/**
 * The Constitution coming into force with the verb before its subject ("С 1 июля вступит в силу
 * новая Конституция"; test sentences written for the check) was a law coming into force: the
 * reform's cue read only the subject first ("Новая Конституция вступит в силу 1 июля"), and the
 * law's bare "вступит в силу" took it. Now the verb first, the Constitution after it in the
 * nominative, is the reform too, in every tense, and no law. Generated over tenses and names.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const VERBS = [
  { verb: 'вступит', pub: '2025-03-20', day: '2025-07-01', title: /to come into force/u },
  { verb: 'вступает', pub: '2025-03-20', day: '2025-07-01', title: /into force/u },
  { verb: 'вступила', pub: '2025-07-02', day: '2025-07-01', title: /comes into force/u },
];
const NAMES = ['новая Конституция', 'Конституция', 'новый Основной закон'];
const CASES = VERBS.flatMap((v) =>
  NAMES.map((n) => ({
    ...v,
    text: `С 1 июля ${n.includes('закон') ? v.verb.replace(/а$/u, '') : v.verb} в силу ${n}.`,
  })),
);

describe('the verb before the Constitution: its coming into force, no law', () => {
  it.each(CASES)('ru $text', ({ text, pub, day, title }) => {
    const d = extractSentences('ru', text, pub);
    expect(d.events.map((e) => `${e.type} ${e.date.edtf}`)).toEqual([`reform ${day}`]);
    expect(d.events[0]?.title.en).toMatch(/Constitution/u);
    expect(d.events[0]?.title.en).toMatch(title);
  });
});
