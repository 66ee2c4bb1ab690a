/**
 * A Kazakh organisation that speaks is the speaker whatever its statement is about: "Үкімет
 * 7 наурызда фермерлерді қолдаудың жаңа шаралары туралы хабарлады" was titled "A statement". The
 * words between the subject and the verb were read as nouns it possesses ("Ұлттық банк
 * төрағасы": the chairman speaks) when they only end in the same -ы/-і: the postposition
 * ("туралы", "арқылы", "қатысты"), the accusative in -ды/-ді ("фермерлерді", "шешімді") and the
 * adjective in -ғы/-гі ("соңғы", "бүгінгі"). Generated over organisations, verbs, objects, time
 * words and their order (a subject nine words before its verb); sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const PUB = '2025-03-12';

const ORGS: Array<[string, string]> = [
  ['Үкімет', 'The Government'],
  ['Қаржы министрлігі', 'The Ministry of Finance'],
  ['Ұлттық банк', 'The National Bank'],
  ['Әділет министрлігі', 'The Ministry of Justice'],
];
// The verb in the simple past, the remote past (-ған болатын) and as a noun with its verb.
const VERBS = ['хабарлады', 'мәлімдеді', 'хабарлаған болатын', 'мәлімдеме жасады'];
// What the statement is about: each ends a word between subject and verb in -ы/-і.
const ABOUT = [
  'фермерлерді қолдаудың жаңа шаралары туралы',
  'соңғы шешімді қайта қарау туралы',
  'бүгінгі жағдайға қатысты',
  'салық жүйесіндегі өзгерістер туралы',
];
// The time word before the organisation, or after it.
const TIMES = ['7 наурызда', 'жұма күні', '2025 жылғы 7 наурызда'];

type Case = [string, string];
const cases: Case[] = ORGS.flatMap(([org, en]) =>
  VERBS.flatMap((verb, v) =>
    ABOUT.flatMap((about, a): Case[] => {
      const time = TIMES[(v + a) % TIMES.length]!;
      return [
        [`${org} ${time} ${about} ${verb}.`, en],
        [`${time.charAt(0).toUpperCase()}${time.slice(1)} ${org} ${about} ${verb}.`, en],
      ];
    }),
  ),
);

const titles = (text: string) => extractSentences('kk', text, PUB).events.map((e) => e.title.en);

describe('a Kazakh organisation is the speaker over what its statement is about', () => {
  it.each(cases)('%s', (text, en) => {
    expect(titles(text).some((t) => t.startsWith(en))).toBe(true);
  });

  // A noun the organisation possesses speaks, and with no subject the statement has none.
  it.each<[string, string]>([
    ['Ұлттық банк төрағасы 7 наурызда жаңа шаралар туралы хабарлады.', 'The National Bank'],
    [
      'Қаржы министрлігі баспасөз қызметі 7 наурызда салық туралы мәлімдеді.',
      'The Ministry of Finance',
    ],
    ['Фермерлерді қолдаудың жаңа шаралары туралы 7 наурызда хабарланды.', 'The Government'],
  ])('not the speaker: %s', (text, en) => {
    expect(titles(text).some((t) => t.startsWith(en))).toBe(false);
  });
});
