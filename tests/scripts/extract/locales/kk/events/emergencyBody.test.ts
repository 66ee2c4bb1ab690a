/**
 * An emergency named as what a body deals with ("Төтенше жағдайлар министрлігі", "төтенше жағдай
 * жөніндегі комиссия", "Төтенше жағдайлар департаменті") is the body's name: what that body
 * announces or brings in is no state of emergency declared. The state of emergency itself, declared
 * or brought in, still is. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';

const at = (s: string) => kindsAndDays('kk', s, '2024-04-20');

const BODIES = [
  'Төтенше жағдайлар министрлігі',
  'Төтенше жағдайлар министрі',
  'Төтенше жағдайлар департаменті',
  'Төтенше жағдай жөніндегі комиссия',
  'Төтенше жағдай жөніндегі мемлекеттік комиссия',
  'Төтенше жағдайлар комитеті',
];
const ACTS = ['ескерту жариялады', 'жаңа ережелер енгізді', 'су тасқыны туралы ақпарат жариялады'];

describe('Kazakh: an emergency that names a body', () => {
  it.each(BODIES.flatMap((body) => ACTS.map((act) => `${body} 12 сәуірде ${act}.`)))(
    'no state of emergency: %s',
    (sentence) => expect(at(sentence)).not.toContain('other 2024-04-12'),
  );
  it.each([
    'Үкімет 12 сәуірде елде төтенше жағдай жариялады.',
    'Облыста 12 сәуірде төтенше жағдай режимі енгізілді.',
    'Төтенше жағдай 12 сәуірде жарияланды.',
  ])('a state of emergency: %s', (sentence) => expect(at(sentence)).toEqual(['other 2024-04-12']));
});
