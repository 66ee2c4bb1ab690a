/**
 * An audience told object first with its day between the guest and the verb ("Олаф Шольцті Тоқаев
 * 5 наурызда Ақордада қабылдады") is a meeting on that day, as the same words with the day first
 * are: a date is not one of the two words the guest may stand from "қабылдады". Generated: guests
 * in the accusative × hosts (and the place after
 * one) × date forms. Sentences written for the
 * test, through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const PUB = '2026-03-12';
const GUESTS = ['Олаф Шольцті', 'Эммануэль Макронды', 'Реджеп Ердоғанды'];
/** A host and the place after him: two words at most stand between the guest and the verb. */
const HOSTS: [string, string[]][] = [
  ['Тоқаев', ['Ақордада ', '']],
  ['Президент', ['Ақордада ', '']],
  ['Мемлекет басшысы', ['']],
];
const DAYS: [string, string][] = [
  ['5 наурызда', '2026-03-05'],
  ['2025 жылғы 5 наурызда', '2025-03-05'],
];

describe('an audience with its day between the guest and the verb', () => {
  const cases = GUESTS.flatMap((guest) =>
    HOSTS.flatMap(([host, places]) =>
      DAYS.flatMap(([day, want]) =>
        places.map((place) => [`${guest} ${host} ${day} ${place}қабылдады.`, want] as const),
      ),
    ),
  );
  it.each(cases)('%s', (sentence, want) => {
    expect(kindsAndDays('kk', `Астана, 12 наурыз. ${sentence}`, PUB)).toEqual([`meeting ${want}`]);
  });
});
