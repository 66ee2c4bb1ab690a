/**
 * "Сол Жолдауда ол … ұсынды", "В том же Послании он предложил": what is done at a gathering the
 * article named and dated before, pointed at with a demonstrative, takes that gathering's day (by
 * context), even with other dated sentences between them. Generated over demonstratives and
 * gathering nouns in their locative forms; without the demonstrative the day is not borrowed.
 */
import { describe, expect, it } from 'vitest';
import { gatheringKind, thatGatheringKind } from '../../../../scripts/extract/events/thatGathering';
import { extractSentences as eventsOf } from './extractSentences';

const KK: Array<[string, string, string]> = [
  // [the first mention with its date, the noun pointed at, the kind]
  ['Мемлекет басшысы 1 қыркүйектегі Жолдауында саяси реформаларды айтқан.', 'Жолдауда', 'address'],
  ['Мәжілістің 1 қыркүйектегі отырысында депутаттар бюджетті талқылаған.', 'отырыста', 'sitting'],
  [
    'Президент 1 қыркүйекте Түркістанда өткен Құрылтай отырысына қатысқан.',
    'Құрылтайда',
    'kurultai',
  ],
  ['Партияның кезектен тыс съезі 1 қыркүйекте Астанада өткен.', 'съезде', 'congress'],
];
const RU: Array<[string, string, string]> = [
  ['Президент выступил с Посланием народу 1 сентября.', 'Послании', 'address'],
  ['Заседание Мажилиса прошло 1 сентября.', 'заседании', 'sitting'],
  ['Курултай собрался в Туркестане 1 сентября.', 'Курултае', 'kurultai'],
  ['Внеочередной съезд партии прошёл 1 сентября.', 'съезде', 'congress'],
];
const BETWEEN = {
  kk: 'Конституциялық түзетулерді Парламент 16 қыркүйекте қабылдаған болатын.',
  ru: 'Поправки Парламент принял 16 сентября.',
};

describe('a gathering pointed back at lends its day', () => {
  for (const [first, noun, kind] of KK)
    for (const that of ['Сол', 'Осы', 'Аталған'])
      it(`kk: ${that} ${noun} (${kind})`, () => {
        expect(gatheringKind('kk', noun)).toBe(kind);
        const text = `${first} ${BETWEEN.kk} ${that} ${noun} ол Үкімет құрамын жаңартуды ұсынды.`;
        expect(thatGatheringKind('kk', `${that} ${noun} ол`)).toBe(kind);
        const proposals = eventsOf('kk', text, '2022-09-20').events.filter(
          (e) => e.type === 'proposal',
        );
        // (A proposal made at a sitting may join the sitting's own report, dated by its own date.)
        expect(proposals.map((e) => e.date.edtf)).toEqual(['2022-09-01']);
      });
  for (const [first, noun, kind] of RU)
    for (const that of ['В том же', 'На том же', 'В этом', 'На этом'])
      it(`ru: ${that} ${noun} (${kind})`, () => {
        expect(gatheringKind('ru', noun)).toBe(kind);
        const text = `${first} ${BETWEEN.ru} ${that} ${noun} президент предложил обновить состав правительства.`;
        const proposals = eventsOf('ru', text, '2022-09-20').events.filter(
          (e) => e.type === 'proposal',
        );
        // (A proposal made at a sitting may join the sitting's own report, dated by its own date.)
        expect(proposals.map((e) => e.date.edtf)).toEqual(['2022-09-01']);
      });

  it('without a demonstrative the day is not borrowed', () => {
    const text = `${RU[0]![0]} ${BETWEEN.ru} В Послании 2023 года президент предложил обновить состав правительства.`;
    const proposals = eventsOf('ru', text, '2023-09-20').events.filter(
      (e) => e.type === 'proposal',
    );
    expect(proposals.map((e) => e.date.edtf)).not.toContain('2022-09-01');
  });

  it('an undated gathering lends nothing', () => {
    // (Not the lead: the lead is the article's news, of the publication day.)
    const text = `Депутаты обсудили бюджет.\n\nНапомним, президент выступал с Посланием народу. ${BETWEEN.ru} В том же Послании президент предложил обновить состав правительства.`;
    const proposals = eventsOf('ru', text, '2022-09-20').events.filter(
      (e) => e.type === 'proposal',
    );
    expect(proposals.map((e) => e.date.method)).not.toContain('context');
  });

  it("a later date in the proposal is the proposed thing's; the proposing keeps the gathering's day", () => {
    const ru = `${RU[0]![0]} ${BETWEEN.ru} В том же Послании президент предложил провести референдум в 2024 году.`;
    const ruEvents = eventsOf('ru', ru, '2022-09-20').events;
    expect(ruEvents.filter((e) => e.type === 'proposal').map((e) => e.date.edtf)).toEqual([
      '2022-09-01',
    ]);
    expect(ruEvents.map((e) => e.date.edtf)).not.toContain('2022-09-20');
    const kk = `${KK[0]![0]} ${BETWEEN.kk} Сол Жолдауда ол 2024 жылы референдум өткізуді ұсынды.`;
    const kkEvents = eventsOf('kk', kk, '2022-09-20').events;
    expect(kkEvents.filter((e) => e.type === 'proposal').map((e) => e.date.edtf)).toEqual([
      '2022-09-01',
    ]);
  });
});
