/**
 * A decree on registering the elected ("депутаттарын тіркеу туралы қаулы қабылданады") is that
 * registration, done the day the decree is adopted, as a decree on an appointment is the
 * appointment. Generated: who is registered × decree nouns × the forms of қабылда. Sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { passiveOf, verbForms, type KkForm } from './kkVerbParadigm';

const live = (sentence: string) =>
  findTriggers(sentence, 'kk')
    .filter((h) => !h.topic && !h.standAside)
    .map((h) => `${h.trigger.type}/${h.trigger.facet}`);

const WHOM = [
  'Мәжіліс депутаттарын',
  'сайланған депутаттарды',
  'мәслихат депутаттарын',
  'әкімдерді',
];
const DECREES = ['қаулы', 'қаулысы'];
const FORMS: KkForm[] = ['past', 'future', 'present', 'perfectAux'];

describe('Kazakh: a decree on registering the elected is the registration', () => {
  const cases = WHOM.flatMap((w) =>
    DECREES.flatMap((d) =>
      FORMS.map(
        (f) => `28 наурызда ${w} тіркеу туралы ${d} ${verbForms(passiveOf('қабылда'))[f]}.`,
      ),
    ),
  );
  it.each(cases)('%s', (s) => {
    const got = live(s);
    expect(got).toContain('other/registration');
    expect(got).not.toContain('decree/decree');
  });
});
