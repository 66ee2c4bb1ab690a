/**
 * A body named only as the owner of a post ("Сенат төрағасы", "Мәжіліс Төрағасы", "председатель
 * Сената") does not make a meeting with someone named its sitting: "Сенат төрағасы Ұлттық
 * экономика министрі Серік Жұманғаринмен кездесті" is the chairman's meeting with the minister, not
 * a session of the Senate. Generated over the host's post (with and without his name), the one
 * met and the verb's tense; a body's own sitting as a control. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const HOSTS = [
  'Сенат төрағасы',
  'Сенат Төрағасы Мәулен Әшімбаев',
  'Мәжіліс Төрағасы',
  'Мәжіліс Төрағасы Ерлан Қошанов',
  'Парламент Сенатының Төрағасы',
];
const MET = [
  ['Ұлттық экономика министрі Серік Жұманғаринмен', 'Serik Zhumangarin'],
  ['Қаржы министрі Мәди Такиевпен', 'Madi Takiyev'],
  ['Бас прокурор Берік Асыловпен', 'Berik Asylov'],
] as const;
const VERBS = ['кездесті', 'кездесіп, ынтымақтастықты талқылады', '5 наурызда кездесті'];

const titles = (s: string) => extractSentences('kk', s, PUB).events.map((e) => e.title.en);

describe('a chairman meeting someone is no sitting of his chamber', () => {
  it.each(HOSTS)('%s … -мен кездесті', (host) => {
    for (const [met, en] of MET)
      for (const verb of VERBS) {
        const s = `${host} ${met} ${verb}.`;
        const got = titles(s);
        expect(got, s).not.toContainEqual(expect.stringMatching(/^Session/u));
        expect(got, s).toContainEqual(expect.stringContaining(en.split(' ')[1]!));
      }
  });
  it.each(['Сенат 5 наурызда отырыс өткізді.', 'Мәжілістің отырысы 5 наурызда өтті.'])(
    "a chamber's own sitting is still its session: %s",
    (s) => {
      expect(titles(s)).toContainEqual(
        expect.stringMatching(/^Session of the (?:Senate|Mazhilis)/u),
      );
    },
  );
});
