/**
 * A dated event in the locative, with a past act told as done at it: "5 маусымдағы референдумда
 * Конституцияға түзетулер қабылданды" gave the referendum of the next 5 June, "planned": what was
 * done at the referendum was done, so the referendum was held, the latest 5 June not after
 * publication. The attributive date (-дағы/-дегі/-тағы/-тегі) before the event's noun in the
 * locative (-да/-де/-та/-те, -нда/-нде) takes the past of the clause's verb; a future verb keeps it
 * ahead, and the event's other cases ("5 маусымдағы референдумға дайындық") keep the nearest day.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';
import { extractSentences } from '../../../events/extractSentences';

// Published 12 March 2025: every day below is after it in the year, so past is 2024, ahead 2025.
const DCT = '2025-03-12';
const first = (text: string) => tagDates(text, { lang: 'kk', dct: DCT })[0]!.value;

/** The date in its attributive form, and its month and day. */
const DATES = [
  ['5 маусымдағы', '06-05'],
  ['20 қарашадағы', '11-20'],
  ['8 сәуірдегі', '04-08'],
  ['13 қыркүйектегі', '09-13'],
  ['30 тамыздағы', '08-30'],
  ['1 шілдедегі', '07-01'],
] as const;
/** The event's noun in the locative, with and without a word before it. */
const EVENTS = [
  'референдумда',
  'республикалық референдумда',
  'сайлауда',
  'съезде',
  'отырысында',
  'сессиясында',
  'құрылтайда',
  'форумда',
];
/** What was done at it, and whether the verb tells it done or ahead. */
const VERBS = [
  ['Конституцияға түзетулер қабылданды', 'past'],
  ['түзетулер мақұлданды', 'past'],
  ['жаңа бағдарлама бекітілді', 'past'],
  ['депутаттар заң жобасын мақұлдады', 'past'],
  ['бұл мәселе шешілген еді', 'past'],
  ['Конституцияға түзетулер қабылданады', 'future'],
  ['жаңа бағдарлама бекітілмек', 'future'],
  ['депутаттар заң жобасын қарайды', 'future'],
] as const;

describe('Kazakh: an act done at a dated event dates the event as past', () => {
  it.each(
    DATES.flatMap(([d, md]) => EVENTS.flatMap((e) => VERBS.map(([v, t]) => [d, e, v, t, md]))),
  )('%s %s %s (%s)', (d, e, v, t, md) =>
    expect(first(`${d} ${e} ${v}.`)).toBe(`${t === 'past' ? 2024 : 2025}-${md}`),
  );
});

// The referendum itself, through the whole pipeline: held on the past day, reported; a future
// one stays as it was.
describe('Kazakh: the referendum at which something was done was held', () => {
  it.each(DATES.map(([d, md]) => [d, md]))('%s референдумда … қабылданды', (d, md) => {
    const text = `${d} референдумда Конституцияға түзетулер қабылданды, ал заң 1 шілдеде күшіне енді.`;
    const refs = extractSentences('kk', text, DCT).events.filter((e) => e.type === 'referendum');
    expect(refs.map((e) => [e.date?.edtf, e.status])).toEqual([[`2024-${md}`, 'reported']]);
  });
  it.each(['5 маусымда референдум өтеді.', '5 маусымдағы референдумға дайындық басталды.'])(
    '%s',
    (text) => {
      const refs = extractSentences('kk', text, DCT).events.filter((e) => e.type === 'referendum');
      expect(refs.map((e) => [e.date?.edtf, e.status])).toEqual([['2025-06-05', 'planned']]);
    },
  );
});
