/**
 * An act signed, taken up by a pronoun from the sentence before ("Новый Бюджетный кодекс вступит в
 * силу 1 января 2027 года. Его подписал Глава государства 18 июля 2025 года"): the signing on its
 * own date, a law after a law, a code or amendments, a reform after the Constitution. Generated
 * over the act's gender (его, её, их), both verb orders, both aspects of the verb, and the signer's
 * gender; a possessive "его" before a noun is no object, and with no act before, none.
 * Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';
import { ACTOR, GENDERS, PAST } from './ruGenders';

const PUB = '2026-03-12';
const at = (text: string) => kindsAndDays('ru', text, PUB);

/** An act named first, its pronoun, and the kind its signing is. */
const ACTS = [
  {
    named: 'Новый Бюджетный кодекс вступит в силу 1 января 2027 года.',
    pronoun: 'Его',
    kind: 'law',
  },
  { named: 'Закон о выборах вступит в силу 1 июля.', pronoun: 'Его', kind: 'law' },
  { named: 'Поправки в Налоговый кодекс вступят в силу 1 июля.', pronoun: 'Их', kind: 'law' },
  { named: 'Новая Конституция вступит в силу 1 июля.', pronoun: 'Её', kind: 'reform' },
  { named: 'Поправки в Конституцию вступят в силу 1 июля.', pronoun: 'Их', kind: 'reform' },
] as const;

const DAYS = [
  ['18 июля 2025 года', '2025-07-18'],
  ['5 марта', '2026-03-05'],
] as const;

const STEMS = ['подписа', 'подписыва'];

const forms: Array<{ text: string; want: string }> = [];
for (const a of ACTS)
  for (const [day, iso] of DAYS)
    for (const g of GENDERS)
      for (const stem of STEMS) {
        const verb = `${stem}${PAST[g]}`;
        const p = a.pronoun.toLowerCase();
        forms.push({
          text: `${a.named} ${a.pronoun} ${verb} ${ACTOR[g]} ${day}.`,
          want: `${a.kind} ${iso}`,
        });
        forms.push({
          text: `${a.named} ${ACTOR[g]} ${verb} ${p} ${day}.`,
          want: `${a.kind} ${iso}`,
        });
      }

describe('an act signed, taken up by a pronoun', () => {
  it.each(forms)('$text', ({ text, want }) => {
    expect(at(text)).toContain(want);
  });
  it('the Budget Code: signed in 2025, in force in 2027', () => {
    const got = at(
      'Новый Бюджетный кодекс вступит в силу 1 января 2027 года. Его подписал Глава государства 18 июля 2025 года.',
    );
    expect(got).toEqual(expect.arrayContaining(['law 2025-07-18', 'law 2027-01-01']));
  });
  it('a possessive "его" before a noun is no object', () => {
    const got = at('Закон о выборах вступит в силу 1 июля. Указ подписал его преемник 5 марта.');
    expect(got).not.toContain('law 2026-03-05');
  });
  it('with no act named before, a pronoun signs nothing', () => {
    const got = at('Отчёт опубликовали в феврале. Его подписал Президент 5 марта.');
    expect(got.filter((e) => e.startsWith('law') || e.startsWith('reform'))).toEqual([]);
  });
  it('an undated signing takes no day', () => {
    const got = at('Закон о выборах вступит в силу 1 июля. Его подписал Президент.');
    expect(got).not.toContain('law 2026-03-12');
  });
});
