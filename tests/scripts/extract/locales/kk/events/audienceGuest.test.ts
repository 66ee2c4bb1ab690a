/**
 * An audience is whom an official receives: the guest in the accusative ("Сенат төрағасын
 * қабылдады", "елшісін", "министрді"). A guest noun in the nominative with its possessive is who
 * received ("Мемлекет басшысы өзі қабылдаған", "облыс әкімі … қабылдады"), and a post in the
 * abstract noun ("төрағалығын", "басшылығын", "жетекшілігін") is a post taken: no audience, and
 * the chair taken is an appointment. Generated: guests × cases × the verb's forms. Sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { verbForms } from './kkVerbParadigm';

const facets = (sentence: string) =>
  findTriggers(sentence, 'kk')
    .filter((h) => !h.topic && !h.standAside)
    .map((h) => `${h.trigger.type}/${h.trigger.facet}`);

const RECEIVED = [verbForms('қабылда').past, verbForms('қабылда').perfect];
const GUESTS_ACC = [
  'Сенат төрағасын',
  'Қытай елшісін',
  'министрді',
  'делегациясын',
  'әкімдерді',
  // A post in the nominative in apposition, then the guest's name in the accusative.
  'Бас прокуроры Берік Асыловты',
  'Сенат төрағасы Әшімбаевты',
];
const HOSTS_NOM = ['Мемлекет басшысы', 'Сенат төрағасы', 'Облыс әкімі', 'Ведомство басшысы'];
const POSTS = ['төрағалығын', 'басшылығын', 'жетекшілігін'];

describe('Kazakh: an audience takes its guest in the accusative', () => {
  const cases = GUESTS_ACC.flatMap((guest) =>
    RECEIVED.map((verb) => `Мемлекет басшысы 2022 жылғы 5 қаңтарда ${guest} ${verb}.`),
  );
  it.each(cases)('an audience: %s', (sentence) => {
    expect(facets(sentence)).toContain('meeting/audience');
  });
});

describe('Kazakh: a post taken is no audience', () => {
  const cases = POSTS.flatMap((post) =>
    HOSTS_NOM.flatMap((host) =>
      RECEIVED.flatMap((verb) => [
        `2022 жылғы 5 қаңтарда Қауіпсіздік кеңесінің ${post} ${host} өзі ${verb}.`,
        `Бұған дейін, 2022 жылғы 5 қаңтарда, партияның ${post} ${host} ${verb} болатын.`,
      ]),
    ),
  );
  it.each(cases)('an appointment, no audience: %s', (sentence) => {
    const got = facets(sentence);
    expect(got).not.toContain('meeting/audience');
    expect(got).toContain('appointment/appointment');
  });
  // The host in the nominative: who received, not whom.
  it.each(
    HOSTS_NOM.flatMap((host) =>
      RECEIVED.map((verb) => `2022 жылғы 5 қаңтарда ${host} өзі ${verb}.`),
    ),
  )('no audience: %s', (sentence) => {
    expect(facets(sentence)).not.toContain('meeting/audience');
  });
});
