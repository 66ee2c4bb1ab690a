/**
 * "В мае … встретился с аграриями, а затем подписал указ": a step cue between a date and a later
 * trigger ("затем", "позже", "одан кейін") tells another time than that date, so the later act is
 * neither that day nor the article's news. Generated over the cues of both languages; the act
 * before the cue keeps the date.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from './extractSentences';

const LEAD = {
  ru: 'Президент провёл совещание по экономике.',
  kk: 'Президент экономика бойынша кеңес өткізді.',
};
const CASES: Array<['kk' | 'ru', string]> = [
  ...['а затем', 'а позже', 'а потом', 'позднее', 'а впоследствии'].map(
    (cue) =>
      [
        'ru',
        `В мае президент встретился с аграриями в Костанае, ${cue} подписал указ о новом министерстве.`,
      ] as ['ru', string],
  ),
  ...['одан кейін', 'содан кейін', 'осыдан кейін', 'бұдан соң'].map(
    (cue) =>
      [
        'kk',
        `Мамыр айында Президент Қостанайда фермерлермен кездесті, ${cue} жаңа министрлік туралы Жарлыққа қол қойды.`,
      ] as ['kk', string],
  ),
];

describe('a step told after a date is not of that date', () => {
  for (const [lang, sentence] of CASES)
    it(`${lang}: ${sentence}`, () => {
      const doc = eventsOf(lang, `${LEAD[lang]}\n\n${sentence}`, '2024-09-01');
      const decrees = doc.events.filter((e) => e.type === 'decree');
      expect(decrees.map((e) => e.date.edtf)).toEqual([]);
      expect(doc.events.map((e) => e.date.edtf)).toContain('2024-05');
    });

  it('without the cue the act shares the date', () => {
    const doc = eventsOf(
      'ru',
      `${LEAD.ru}\n\nВ мае президент встретился с аграриями в Костанае и подписал указ о новом министерстве.`,
      '2024-09-01',
    );
    expect(doc.events.filter((e) => e.type === 'decree').map((e) => e.date.edtf)).toEqual([
      '2024-05',
    ]);
  });
});
