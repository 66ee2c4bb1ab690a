/**
 * The campaign's course from a day to the eve of the vote is the campaign's start, not the vote:
 * "Сайлауалды үгіт 28 ақпаннан бастап сайлау күнінің алдындағы тәуліктің сағат нөліне дейін
 * жүргізіледі", "Предвыборная агитация будет проводиться с 28 февраля до ноля часов дня,
 * предшествующего дню выборов" (test sentences written for the check) placed the election itself
 * on 28 February: the campaign cues wanted a verb of starting or ending, and election day named as
 * a reference point took the sentence's date. Generated over days, verb forms and the vote's
 * name; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2023-02-20';
const DAYS = [
  { kk: '28 ақпаннан', ru: '28 февраля', edtf: '2023-02-28' },
  { kk: '1 наурыздан', ru: '1 марта', edtf: '2023-03-01' },
];
const KK_VERBS = ['жүргізіледі', 'жүргізілмек'];
const RU_VERBS = ['проводится', 'будет проводиться', 'ведётся'];
const RU_VOTES = ['выборов', 'голосования'];

const cases = DAYS.flatMap((d) => [
  ...KK_VERBS.map((v) => ['kk', `Сайлауалды үгіт ${d.kk} бастап сайлау күнінің алдындағы тәуліктің сағат нөліне дейін ${v}.`, d.edtf]),
  ...RU_VERBS.flatMap((v) => RU_VOTES.map((vote) => ['ru', `Предвыборная агитация ${v} с ${d.ru} до ноля часов дня, предшествующего дню ${vote}.`, d.edtf])),
]) as Array<['kk' | 'ru', string, string]>; // prettier-ignore

describe("the campaign's course", () => {
  it.each(cases)('%s: %s', (lang, text, day) => {
    const events = extractSentences(lang, text, PUB).events;
    expect(events.map((e) => [e.type, e.date.edtf])).toEqual([['other', day]]);
  });

  it.each([
    ['ru', 'Выборы пройдут 19 марта.'],
    ['kk', 'Сайлау 19 наурызда өтеді.'],
  ] as Array<['kk' | 'ru', string]>)('%s: keeps the vote on its own day: %s', (lang, text) => {
    const events = extractSentences(lang, text, PUB).events;
    expect(events.map((e) => [e.type, e.date.edtf])).toEqual([['election', '2023-03-19']]);
  });
});
