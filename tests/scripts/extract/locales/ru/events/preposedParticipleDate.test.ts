/**
 * A date inside a participle phrase set before its noun belongs to that participle: in "Принятая на
 * референдуме 5 июня Конституция вступит в силу 1 июля" the 5th of June is the adopting's (the
 * referendum's), and the main verb's coming into force keeps its own 1 July. A cue read from the
 * noun through its verb ("Конституция вступит в силу") took the phrase's date, the nearest, and the
 * entry into force of plural amendments ("поправки вступят в силу") was left with none at all.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';

/** A noun, the participles that agree with it, and its verb of coming into force by tense. */
const NOUNS: Array<{ noun: string; participles: string[]; future: string; past: string }> = [
  { noun: 'Конституция', participles: ['Принятая', 'Одобренная', 'Утвержденная'], future: 'вступит', past: 'вступила' },
  { noun: 'новая Конституция', participles: ['Принятая', 'Одобренная'], future: 'вступит', past: 'вступила' },
  { noun: 'Основной закон', participles: ['Принятый', 'Одобренный'], future: 'вступит', past: 'вступил' },
  { noun: 'поправки', participles: ['Принятые', 'Одобренные'], future: 'вступят', past: 'вступили' },
  { noun: 'изменения', participles: ['Принятые', 'Одобренные'], future: 'вступят', past: 'вступили' },
]; // prettier-ignore
/** The main verb's tense, and the year its 1 July falls in (published 12 March 2026). */
const TENSES: Array<['future' | 'past', string]> = [
  ['future', '2026-07-01'],
  ['past', '2025-07-01'],
];

describe('a date in a participle phrase before its noun', () => {
  const cases = NOUNS.flatMap(({ noun, participles, ...verbs }) =>
    participles.flatMap((participle) =>
      TENSES.map(([tense, iso]) => ({ noun, participle, verb: verbs[tense], iso })),
    ),
  );
  it.each(cases)(
    '"$participle на референдуме 5 июня $noun $verb в силу 1 июля": the vote on 5 June, the entry into force on $iso',
    ({ noun, participle, verb, iso }) => {
      const got = kindsAndDays(
        'ru',
        `${participle} на референдуме 5 июня ${noun} ${verb} в силу 1 июля.`,
        '2026-03-12',
      );
      expect(got).toContain('referendum 2025-06-05');
      expect(got.some((e) => e.endsWith(` ${iso}`))).toBe(true);
    },
  );
  it('the phrase still dates the noun it describes ("Принятый 5 июня закон вступит в силу 1 июля")', () => {
    const got = kindsAndDays('ru', 'Принятый 5 июня закон вступит в силу 1 июля.', '2026-03-12');
    expect(got).toEqual(['law 2025-06-05', 'law 2026-07-01']);
  });
  it('the coming into force is the Constitution’s own event, on its own day', () => {
    const got = kindsAndDays(
      'ru',
      'Принятая на референдуме 5 июня Конституция вступит в силу 1 июля.',
      '2026-03-12',
    );
    expect(got).not.toContain('reform 2025-06-05');
    expect(got).toContain('reform 2026-07-01');
  });
});
