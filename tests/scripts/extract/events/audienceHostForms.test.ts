/**
 * A host received a guest named in the accusative, whatever form the host is named by ("Тоқаев",
 * "Президент", "Мемлекет басшысы", "Қасым-Жомарт Тоқаев") and the guest by (given name and
 * surname, surname alone): "Тоқаев Ерлан Қошановты қабылдады", "Президент Бектеновті
 * қабылдады". A word before the surname (the host's surname, a bare post) read with it as one name
 * ("Тоқаев Ерлан", "Президент Бектенов") is no guest; the cue opens right after it. Generated:
 * hosts × guests × with and without a day × past tense forms. Sentences written for the test,
 * through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const PUB = '2026-03-12';
const HOSTS = ['Тоқаев', 'Президент', 'Мемлекет басшысы', 'Қасым-Жомарт Тоқаев'];
const GUESTS = [
  'Ерлан Қошановты',
  'Нұрлан Ермекбаевты',
  'Олжас Бектеновті',
  'Бектеновті',
  'Ермекбаевты',
  'Асқар Маминді',
];
const DAYS: [string, string][] = [
  ['', PUB],
  ['5 наурызда ', '2026-03-05'],
];
const VERBS = ['қабылдады', 'қабылдаған болатын'];

describe('a host named in any form received a guest named in the accusative', () => {
  const cases = HOSTS.flatMap((host) =>
    GUESTS.flatMap((guest) =>
      DAYS.flatMap(([day, want]) =>
        VERBS.map((verb) => [`${host} ${day}${guest} ${verb}.`, want] as const),
      ),
    ),
  ).filter(([s, want]) => !(s.includes('болатын') && want === PUB));
  it.each(cases)('%s', (sentence, want) => {
    expect(kindsAndDays('kk', `Астана, 12 наурыз. ${sentence}`, PUB)).toEqual([`meeting ${want}`]);
  });
});
