/**
 * Kazakh: a bill sent on to a chamber ("Құжат Сенатқа мамыр айының ортасында жіберілуі мүмкін") and
 * a chamber's reading told with the time between and in a reported participle ("түзетулерді Мәжіліс
 * маусымның бірінші жартысында қарайтынын айтты") are law steps of their dates. Generated over the
 * bill's nouns, the chambers in the dative, and the verb's forms. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const at = (s: string) => kindsAndDays('kk', `Мәтін.\n\n${s}`, '2024-04-17');

describe('Kazakh bill steps', () => {
  it('sent on to a chamber', () => {
    for (const noun of ['Құжат', 'Заң жобасы', 'Түзетулер'])
      for (const chamber of ['Сенатқа', 'Мәжіліске', 'Парламентке'])
        for (const verb of ['жіберілуі мүмкін', 'жіберіледі', 'жолданады'])
          expect(
            at(`${noun} ${chamber} мамыр айында ${verb}.`),
            `${noun} ${chamber} ${verb}`,
          ).toContain('law 2024-05');
  });
  it.each([
    'қарайтынын айтты',
    'қарайды деп айтты',
    'талқылайтынын айтты',
    'талқылайды деп мәлімдеді',
  ])('a reading: … маусымда %s', (verb) => {
    const got = at(
      `Депутат Нұрлан Бекжанов түзетулерді Мәжіліс маусымның бірінші жартысында ${verb}.`,
    );
    expect(got.some((e) => e.startsWith('law 2024-06'))).toBe(true);
  });
});
