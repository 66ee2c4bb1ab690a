/**
 * A law, an amnesty or a decree that a verbal noun in the accusative does, before a verb of
 * proposing or planning in the same clause ("рақымшылық жасауды ұсынды", "жаңа заң қабылдауды
 * ұсынып"), is only what is proposed: no law or decree of that day, the proposal is the event.
 * Generated: acts × cases × verbal nouns × the forms of ұсын. Sentences written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { verbForms, type KkForm } from './kkVerbParadigm';

const live = (sentence: string) =>
  findTriggers(sentence, 'kk')
    .filter((h) => !h.topic && !h.standAside)
    .map((h) => h.trigger.type);

/** The act's noun, bare, in the accusative and with an adjective before it. */
const ACTS = [
  'жаңа заң',
  'заңды',
  'бір реттік рақымшылық',
  'рақымшылықты',
  'амнистияны',
  'Президент Жарлығын',
  'арнайы қаулы',
  'Салық кодексін',
];
/** Verbal nouns in the accusative, by harmony and the stem's last sound. */
const DOINGS = ['қабылда', 'жаса', 'шығар', 'кеңейт', 'енгіз', 'қайта қара', 'әзірле'].map(
  (s) => `${verbForms(s).noun}${/[әеөүіэ][^аоұы]*$/u.test(s) ? 'ді' : 'ды'}`,
);
const PROPOSING: KkForm[] = ['past', 'perfect', 'perfectAux', 'future', 'present', 'progressive'];

describe('Kazakh: a law or a decree proposed is the proposal, not the act', () => {
  const cases = ACTS.flatMap((act) =>
    DOINGS.flatMap((doing) => [
      ...PROPOSING.map(
        (f) => `Депутаттар 2024 жылғы 5 наурызда ${act} ${doing} ${verbForms('ұсын')[f]}.`,
      ),
      `Мемлекет басшысы 2024 жылғы 5 наурызда ${act} ${doing} ${verbForms('ұсын').converb}, бұл туралы Ақорда хабарлады.`,
    ]),
  );
  it.each(cases)('no law or decree: %s', (sentence) => {
    const got = live(sentence);
    expect(got).not.toContain('law');
    expect(got).not.toContain('decree');
  });

  it('and the proposal stays the event', () => {
    expect(live('Мемлекет басшысы 2022 жылғы 1 қыркүйекте бір реттік рақымшылық жасауды ұсынды.')).toContain('proposal'); // prettier-ignore
  });
});

describe('Kazakh: an act done, or proposed in another clause, is still the act', () => {
  it.each([
    'Мәжіліс 2024 жылғы 5 наурызда заңды қабылдады.',
    'Президент 2024 жылғы 5 наурызда рақымшылық туралы заңға қол қойды.',
    'Мәжіліс 2024 жылғы 5 наурызда заңды қабылдады, ал депутаттар жаңа бағдарлама әзірлеуді ұсынды.',
    'Мемлекет басшысы 2024 жылғы 5 наурызда Жарлық шығарды.',
  ])('the act: %s', (sentence) => {
    const got = live(sentence);
    expect(got.some((t) => t === 'law' || t === 'decree')).toBe(true);
  });
});
