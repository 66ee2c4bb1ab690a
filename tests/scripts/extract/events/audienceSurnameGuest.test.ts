/**
 * A guest whose surname ends in -ов/-ев/-ин, received by a host named by his name ("Қасым-Жомарт
 * Тоқаев Олжас Бектеновті қабылдады"), is an audience: the accusative surname opening the cue is
 * the one received, not a cue word that is a name ("Сапаров" is no "сапар"). Generated: hosts ×
 * guests (given name and surname in the accusative, by the stem's last sound) × with a day.
 * Sentences written for the test, through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const PUB = '2026-03-12';
const HOSTS = ['Қасым-Жомарт Тоқаев', 'Тоқаев'];
const GUESTS = ['Олжас Бектеновті', 'Шавкат Мирзиёевті', 'Мирзиёевті', 'Асқар Маминді'];
const DAYS: [string, string][] = [
  ['', PUB],
  ['5 наурызда ', '2026-03-05'],
];

describe('a host received a guest named by a surname in -ов/-ев/-ин', () => {
  const cases = HOSTS.flatMap((host) =>
    GUESTS.flatMap((guest) =>
      DAYS.map(([day, want]) => [`${host} ${day}${guest} қабылдады.`, want] as const),
    ),
  );
  it.each(cases)('%s', (sentence, want) => {
    expect(kindsAndDays('kk', `Астана, 12 наурыз. ${sentence}`, PUB)).toEqual([`meeting ${want}`]);
  });
});
