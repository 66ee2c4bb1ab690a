/**
 * A surname, then a time, then its past verb ("Петрова 5 марта заявила …"): the verb agrees with the
 * name, its subject, across the time, so a feminine verb tells a woman's surname in the nominative
 * ("Петрова"), not the genitive of a man's ("Петров"). Generated over surnames, times and verbs of
 * both genders; the object of a verb before it ("назначил Петрова") stays the man's genitive.
 * Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../events/extractSentences';

const PUB = '2026-03-12';
const actors = (text: string) =>
  extractSentences('ru', text, PUB).events.flatMap((e) => e.actors.map((a) => a.name));

/** [masculine, feminine] */
const SURNAMES: Array<[string, string]> = [
  ['Петров', 'Петрова'],
  ['Сергеев', 'Сергеева'],
  ['Ильясов', 'Ильясова'],
  ['Жумабаев', 'Жумабаева'],
];
const TIMES = ['5 марта', '2 апреля 2025 года', 'в понедельник', 'вчера'];
/** [masculine past, feminine past, the rest of the sentence] */
const VERBS: Array<[string, string, string]> = [
  ['заявил', 'заявила', ', что выборы пройдут честно.'],
  ['сообщил', 'сообщила', ', что выборы пройдут 15 марта.'],
];

const forms: Array<{ text: string; want: string }> = [];
for (const [m, f] of SURNAMES)
  for (const time of TIMES)
    for (const [vm, vf, rest] of VERBS) {
      forms.push({ text: `${f} ${time} ${vf}${rest}`, want: f });
      forms.push({ text: `${m} ${time} ${vm}${rest}`, want: m });
    }

describe('a surname, a time, then its past verb', () => {
  it.each(forms)('$text', ({ text, want }) => {
    expect(actors(text)).toContain(want);
  });
  it('the object of a verb before it is still the genitive of a man', () => {
    expect(actors('Президент 5 марта назначил Петрова министром энергетики.')).toContain('Петров');
  });
});
