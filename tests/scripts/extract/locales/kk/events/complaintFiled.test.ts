/**
 * A complaint, an appeal or a petition sent or filed on a day the sentence gives is an event of its
 * own (other/filing): the noun bare, possessed or in the accusative, then a verb of sending or
 * handing in, active or passive, in every form that tells the act (verbForms.ts). A plan to file,
 * told ("шағым беретінін айтты"), is not. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';

const filings = (sentence: string) =>
  findTriggers(sentence, 'kk').filter((h) => h.trigger.facet === 'filing');

/** The noun bare, with the possessive and with the accusative (шағым, шағымы, шағымын, шағымды). */
const nouns = (stem: string) => {
  const front = /[әеөүі][^аәеөоұүыі]*$/u.test(stem);
  return front
    ? [stem, `${stem}і`, `${stem}ін`, `${stem}ді`]
    : [stem, `${stem}ы`, `${stem}ын`, `${stem}ды`];
};
const VERBS = [
  'жолдады', 'жолдаған', 'жолдамақ', 'жолдайды', 'жолданды', 'жолданған',
  'берді', 'берген', 'бермек', 'береді', 'берілді', 'беріледі',
  'түсірді', 'түсірген', 'түсірілді', 'жіберді', 'жіберілген',
]; // prettier-ignore

describe('Kazakh: a complaint filed', () => {
  const cases = ['шағым', 'өтініш', 'арыз'].flatMap((stem) =>
    nouns(stem).flatMap((noun) =>
      VERBS.map((verb) => `Тұрғындар 5 наурызда прокуратураға ${noun} ${verb}.`),
    ),
  );
  it('spells the forms', () => expect(cases.length).toBeGreaterThan(200));
  it.each(cases)('a filing: %s', (sentence) => {
    expect(filings(sentence)).not.toHaveLength(0);
  });

  it.each(['Адвокат үкімге апелляциялық шағым беретінін айтты.', 'Тұрғындардың шағымы қаралмады.'])(
    'no filing: %s',
    (sentence) => {
      expect(filings(sentence)).toHaveLength(0);
    },
  );
});
