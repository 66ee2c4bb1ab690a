/**
 * A participle phrase whose act a referendum did ("Поправки, принятые на референдуме 5 июня,
 * вступят в силу 1 июля"): its day is the referendum's, held; the main verb's entry into force is
 * the law's, on its own day ahead. The participle is no law's step of its own (the vote adopted
 * it). Generated over the act's nouns, the participles and the main verb's tenses.
 * Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const PUB = '2026-03-12';
const at = (text: string) => kindsAndDays('ru', text, PUB);

/** [the noun, its plural or singular participle ending] */
const NOUNS: Array<[string, string]> = [
  ['Поправки', 'ые'],
  ['Изменения', 'ые'],
  ['Нормы', 'ые'],
];
/** Participle stems before the ending: "принятые", "одобренные", "утвержденные". */
const PARTICIPLES = ['принят', 'одобренн', 'утвержденн'];
/** [the main verb, the day it tells, its day in ISO] */
const MAIN: Array<[string, string]> = [
  ['вступят в силу 1 июля', '2026-07-01'],
  ['вступили в силу 1 июля', '2025-07-01'],
];

const forms: Array<{ text: string; force: string }> = [];
for (const [noun, ending] of NOUNS)
  for (const p of PARTICIPLES)
    for (const [main, force] of MAIN)
      forms.push({ text: `${noun}, ${p}${ending} на референдуме 5 июня, ${main}.`, force });

describe('a participle done at a referendum', () => {
  it.each(forms)('$text', ({ text, force }) => {
    const got = at(text);
    expect(got).toContain('referendum 2025-06-05');
    expect(got).not.toContain('law 2025-06-05');
    expect(got).toContain(`law ${force}`);
  });
  it('a law signed in a participle phrase stays its own step', () => {
    const got = at('Закон, подписанный Главой государства 5 марта, вступил в силу 10 марта.');
    expect(got).toEqual(expect.arrayContaining(['law 2026-03-05', 'law 2026-03-10']));
  });
});
