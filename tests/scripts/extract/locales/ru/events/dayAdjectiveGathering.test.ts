/**
 * An act done at a gathering that a day adjective dates ("На вчерашнем заседании Сенат принял
 * закон о медиа", published on 12 March 2025) happened that day, 11 March, not on the day of
 * publication: "на" with the prepositional of the adjective says when, as "на этой неделе" does;
 * only its accusative ("перенесли на завтрашнее заседание") names a target. Generated over the
 * day adjectives, the prepositional of every gender and the plural, the gathering nouns, the acts
 * and three word orders; the Kazakh attributive "кешегі" / "бүгінгі" before the gathering noun
 * in its locative, likewise. Articles written for the test.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';
import { runPipeline } from '../../../../../../scripts/extract/pipeline';

const events = (lang: 'ru' | 'kk', text: string) => {
  const files = [{ file: 't.txt', bytes: new TextEncoder().encode(`Саясат\n\n${text}\n`) }];
  const meta = { 't.txt': { language: lang, published: '2025-03-12' } };
  const sources = { file: 'sources.json', text: JSON.stringify(meta) };
  return runPipeline(files, sources, tagDates).data.events.map((e) => `${e.type} ${e.date.edtf}`);
};

const DAYS = [
  ['вчерашн', '2025-03-11'],
  ['позавчерашн', '2025-03-10'],
  ['сегодняшн', '2025-03-12'],
] as const;
/** The prepositional ending of the adjective by its noun's gender and number. */
const GATHERINGS = [
  ['ем', 'заседании'],
  ['ем', 'брифинге'],
  ['ем', 'съезде'],
  ['ей', 'сессии'],
  ['ей', 'встрече'],
  ['их', 'переговорах'],
] as const;
const ACTS = [
  ['law', 'Сенат', 'принял закон о медиа'],
  ['resignation', 'министр', 'объявил об отставке'],
] as const;
const ORDERS = [
  (at: string, who: string, act: string) => `${at[0]!.toUpperCase()}${at.slice(1)} ${who} ${act}.`,
  (at: string, who: string, act: string) => `${who[0]!.toUpperCase()}${who.slice(1)} ${at} ${act}.`,
  (at: string, who: string, act: string) => `${who[0]!.toUpperCase()}${who.slice(1)} ${act} ${at}.`,
];

const cases = DAYS.flatMap(([stem, day]) =>
  GATHERINGS.map(([ending, noun]) => [`на ${stem}${ending} ${noun}`, day] as const),
);

describe('an act at a gathering a day adjective dates is of that day', () => {
  it.each(cases)('%s', (at, day) => {
    for (const [type, who, act] of ACTS)
      for (const order of ORDERS) {
        const text = `Закон\n\nАстана, 12 марта. ${order(at, who, act)}`;
        expect(events('ru', text), text).toContain(`${type} ${day}`);
      }
  });
  it.each([
    ['кешегі', '2025-03-11'],
    ['бүгінгі', '2025-03-12'],
  ] as const)('kk %s', (word, day) => {
    for (const noun of ['отырыста', 'сессияда', 'брифингте', 'кездесуде']) {
      const text = `Заң\n\nАстана, 12 наурыз. Сенат ${word} ${noun} медиа туралы заңды қабылдады.`;
      expect(events('kk', text), text).toContain(`law ${day}`);
    }
  });
});
