/**
 * A moratorium declared or brought in, told in Russian: "Правительство 5 марта объявило мораторий
 * на проверки малого бизнеса" (published 2025-03-12) was an untitled "Event", where the Kazakh
 * "Үкімет 5 наурызда тексерулерге мораторий жариялады" is a reform titled "A moratorium is
 * declared". The Russian cue (triggersStateActs.ts, facet moratorium) takes every tense, gender
 * and number of объявить/объявлять and ввести/вводить, active or passive, either side of the noun,
 * and the titles are the Kazakh's templates (events/titlesReform.ts). Sentences written for the
 * test: subjects (gender, number) × verbs × tenses × word orders; passives × dates.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const PUB = '2025-03-12';
const OBJECT = 'мораторий на проверки малого бизнеса';
// [subject, its past of объявить, of ввести, its future of each]
const SUBJECTS = [
  ['Правительство', 'объявило', 'ввело', 'объявит', 'введёт'],
  ['Президент', 'объявил', 'ввёл', 'объявит', 'введёт'],
  ['Комиссия', 'объявила', 'ввела', 'объявит', 'введет'],
  ['Власти', 'объявили', 'ввели', 'объявят', 'введут'],
] as const;
const PAST = ['5 марта', '2025-03-05'] as const;
const AHEAD = ['5 апреля', '2025-04-05'] as const;

type Case = [string, string, boolean];
const cases: Case[] = [];
const lower = (s: string) => (s === 'Президент' ? s : s.toLowerCase());
for (const [subject, ...verbs] of SUBJECTS)
  for (const [i, verb] of verbs.entries()) {
    const ahead = i >= 2;
    const [day, iso] = ahead ? AHEAD : PAST;
    cases.push([`${subject} ${day} ${verb} ${OBJECT}.`, iso, ahead]);
    cases.push([`${day} ${lower(subject)} ${verb} ${OBJECT}.`, iso, ahead]);
    const O = OBJECT[0]!.toUpperCase() + OBJECT.slice(1);
    cases.push([`${O} ${day} ${verb} ${lower(subject)}.`, iso, ahead]);
  }
// The passive, short or reflexive, in either order.
for (const [verb, ahead] of [
  ['был объявлен', false],
  ['был введён', false],
  ['объявлен', false],
  ['введен', false],
  ['будет объявлен', true],
  ['будет введён', true],
] as const) {
  const [day, iso] = ahead ? AHEAD : PAST;
  cases.push([`${day} ${verb} ${OBJECT}.`, iso, ahead]);
  cases.push([`${day} ${OBJECT} ${verb}.`, iso, ahead]);
}

describe('a moratorium declared, in Russian', () => {
  it.each(cases)('%s', (text, iso, ahead) => {
    const events = extractSentences('ru', text, PUB).events;
    expect(events.map((e) => `${e.type} ${e.date.edtf}`)).toEqual([`reform ${iso}`]);
    const title = events[0]!.title;
    expect([title.en, title.ru, title.kk]).toEqual(
      ahead
        ? ['A moratorium to be declared', 'Будет объявлен мораторий', 'Мораторий жарияланбақ']
        : ['A moratorium is declared', 'Объявлен мораторий', 'Мораторий жарияланды'],
    );
  });
});

// Only proposed or planned (an infinitive), or the verbal noun a decree is about: no moratorium.
const NOT_DECLARED = [
  '5 марта Президент предложил ввести мораторий на проверки малого бизнеса.',
  'Указ о введении моратория на проверки Президент подписал 5 марта.',
  '5 марта депутаты обсудили объявление моратория на проверки.',
];
describe('a moratorium only proposed or talked of', () => {
  it.each(NOT_DECLARED)('%s', (text) => {
    const events = extractSentences('ru', text, PUB).events;
    expect(events.filter((e) => e.title.en.includes('moratorium'))).toEqual([]);
  });
});
