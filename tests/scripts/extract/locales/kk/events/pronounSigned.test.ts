/**
 * An act signed, taken up by a dative pronoun from the sentence before ("Жаңа Салық кодексі 2026
 * жылғы 1 қаңтарда күшіне енеді. Оған Президент 2025 жылғы 18 шілдеде қол қойды"): the signing on
 * its own date, a law after a law, a code or amendments, a reform after the Constitution.
 * Generated over the pronoun, its place (first, or after the subject and the day), the signer,
 * the verb's form (past, perfect, present-future, passive) and the day; a dative governed by a
 * postposition is no object, and with no act before, or no day, none. Sentences written for the
 * test; the Russian twin is locales/ru/events/pronounSigned.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';

const PUB = '2026-03-12';
const at = (text: string) => kindsAndDays('kk', text, PUB);

/** An act named first and the kind its signing is. */
const ACTS = [
  ['Жаңа Салық кодексі 2027 жылғы 1 қаңтарда күшіне енеді.', 'law'],
  ['Сайлау туралы заң 1 шілдеде күшіне енеді.', 'law'],
  ['Салық кодексіне түзетулер 1 шілдеде күшіне енеді.', 'law'],
  ['Жаңа Конституция 1 шілдеде күшіне енеді.', 'reform'],
  ['Конституцияға түзетулер 1 шілдеде күшіне енеді.', 'reform'],
] as const;

const PRONOUNS = ['Оған', 'Бұған', 'Соған', 'Оларға'];
const SIGNERS = ['Президент', 'Мемлекет басшысы', 'Қасым-Жомарт Тоқаев'];
/** The day, and its date when published 2026-03-12 (a year-less day: the latest past one). */
const DAYS = [
  ['2025 жылғы 18 шілдеде', '2025-07-18'],
  ['5 наурызда', '2026-03-05'],
] as const;
/** Told as done, done before, or in the passive (no signer then). */
const VERBS = ['қол қойды', 'қол қойған', 'қол қойылды'];

const forms: Array<{ text: string; want: string }> = [];
for (const [named, kind] of ACTS)
  for (const pronoun of PRONOUNS)
    for (const signer of SIGNERS)
      for (const [day, iso] of DAYS)
        for (const verb of VERBS) {
          const who = verb.endsWith('ылды') ? '' : `${signer} `;
          const want = `${kind} ${iso}`;
          forms.push({ text: `${named} ${pronoun} ${who}${day} ${verb}.`, want });
          if (who)
            forms.push({ text: `${named} ${who}${day} ${pronoun.toLowerCase()} ${verb}.`, want });
        }

describe('an act signed, taken up by a dative pronoun', () => {
  it.each(forms)('$text', ({ text, want }) => {
    expect(at(text)).toContain(want);
  });
  it('the Tax Code: signed in 2025, in force in 2026', () => {
    const got = at(
      'Жаңа Салық кодексі 2026 жылғы 1 қаңтарда күшіне енеді. Оған Президент 2025 жылғы 18 шілдеде қол қойды.',
    );
    expect(got).toEqual(expect.arrayContaining(['law 2025-07-18', 'law 2026-01-01']));
  });
  it('a dative governed by a postposition is no object', () => {
    const got = at(
      'Жаңа Салық кодексі 1 шілдеде күшіне енеді. Оған қатысты Президент 5 наурызда Жарлыққа қол қойды.',
    );
    expect(got).not.toContain('law 2026-03-05');
  });
  it('another dative object between is what is signed', () => {
    const got = at(
      'Сайлау туралы заң 1 шілдеде күшіне енеді. Оған Президент 5 наурызда Жарлыққа қол қойды.',
    );
    expect(got).not.toContain('law 2026-03-05');
  });
  it('with no act named before, a pronoun signs nothing', () => {
    const got = at('Есеп ақпанда жарияланды. Оған Президент 5 наурызда қол қойды.');
    expect(got.filter((e) => e.startsWith('law') || e.startsWith('reform'))).toEqual([]);
  });
  it('an undated signing takes no day', () => {
    const got = at('Сайлау туралы заң 1 шілдеде күшіне енеді. Оған Президент қол қойды.');
    expect(got).not.toContain('law 2026-03-12');
  });
});
