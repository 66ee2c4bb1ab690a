/**
 * A day of mourning declared in Kazakh ("аза тұту күні болып жарияланды", "қаралы күн деп
 * жариялады"), in either voice and every tense of "жарияла-": a day of its own, titled as the
 * Russian "объявлен траур" is. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

/** Published after the day for the past, before it for the future. */
const events = (s: string, en: string) =>
  extractSentences('kk', s, en.startsWith('is') ? '2024-04-20' : '2024-04-01').events.map(
    (e) => `${e.id} ${e.title.en}`,
  );

const DAYS = ['жалпыұлттық аза тұту күні', 'аза тұту күні', 'қаралы күн'];
/** The verb after the day named, each voice and tense, and how the title words it. */
const PASSIVE = [
  ['болып жарияланды', 'is declared'],
  ['болып жарияланған', 'is declared'],
  ['болып жарияланады', 'to be declared'],
  ['болып жарияланбақ', 'to be declared'],
] as const;
const ACTIVE = [
  ['деп жариялады', 'is declared'],
  ['деп жариялаған', 'is declared'],
  ['деп жариялайды', 'to be declared'],
  ['деп жарияламақ', 'to be declared'],
] as const;

describe('Kazakh: a day of mourning declared', () => {
  it.each(DAYS.flatMap((day) => PASSIVE.map(([verb, en]) => [day, verb, en] as const)))(
    '12 сәуір %s %s',
    (day, verb, en) =>
      expect(events(`12 сәуір облыста ${day} ${verb}.`, en)).toContain(
        `2024-04-12-other-mourning A day of mourning ${en}`,
      ),
  );
  it.each(DAYS.flatMap((day) => ACTIVE.map(([verb, en]) => [day, verb, en] as const)))(
    'Әкім 12 сәуірді %s %s',
    (day, verb, en) =>
      expect(events(`Облыс әкімі 12 сәуірді ${day} ${verb}.`, en)).toContain(
        `2024-04-12-other-mourning A day of mourning ${en}`,
      ),
  );
});
