/**
 * A decision to convene a congress says so, and the congress is ahead, undated: "Политсовет
 * партии 5 февраля принял решение о созыве съезда" was titled "Event" (the weak cue "принял
 * решение"), and the congress, the decision's topic, was no event at all. decidedGathering.ts
 * reads the gathering decided ("о созыве съезда", "созвать съезд", "съезд шақыру туралы") and the
 * title names it ("The party decides to convene a congress"); convenedCongress.ts adds the
 * congress, planned and undated. Generated over wordings, days and both languages; sentences
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const DAYS = [
  { kk: '5 ақпанда', ru: '5 февраля', edtf: '2025-02-05' },
  { kk: '19 қаңтарда', ru: '19 января', edtf: '2025-01-19' },
];

type Case = ['kk' | 'ru', string, string, RegExp];
const PARTY = /^The party decides to convene a congress$/u;
const AK_ZHOL = /^Ak Zhol decides to convene a congress$/u;
// (An extraordinary one is told so: decidedExtraordinary.test.ts.)
const PARTY_X = /^The party decides to convene an extraordinary congress$/u;
// prettier-ignore
const cases: Case[] = DAYS.flatMap((d): Case[] => [
  ['ru', `Политсовет партии ${d.ru} принял решение о созыве съезда.`, d.edtf, PARTY],
  ['ru', `Политсовет партии ${d.ru} принял решение о проведении внеочередного съезда.`, d.edtf, PARTY_X],
  ['ru', `Политсовет партии ${d.ru} принял решение созвать внеочередной съезд.`, d.edtf, PARTY_X],
  ['ru', `Политсовет партии «Ак жол» ${d.ru} принял решение провести съезд.`, d.edtf, AK_ZHOL],
  ['kk', `Партияның саяси кеңесі ${d.kk} съезд шақыру туралы шешім қабылдады.`, d.edtf, PARTY],
  ['kk', `Партияның саяси кеңесі ${d.kk} кезектен тыс съезд өткізу туралы шешім қабылдады.`, d.edtf, PARTY_X],
  ['kk', `«Ақ жол» партиясының саяси кеңесі ${d.kk} съезд шақыру туралы шешім қабылдады.`, d.edtf, AK_ZHOL],
]);

describe('a decision to convene a congress', () => {
  it.each(cases)('%s: %s', (lang, text, day, title) => {
    const data = extractSentences(lang, text, PUB);
    const decision = data.events.filter((e) => e.date.edtf === day);
    expect(decision.map((e) => e.title.en)).toEqual([expect.stringMatching(title)]);
    // (The congress is ahead of the decision, on no day the sentence gives.)
    expect(data.events.filter((e) => e.type === 'congress')).toEqual([]);
    const congress = (data.unplaced ?? []).filter(
      (u) => u.kind === 'event' && u.type === 'congress',
    );
    expect(congress).toHaveLength(1);
  });
});
