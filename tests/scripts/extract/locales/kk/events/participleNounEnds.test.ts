/**
 * Where a Kazakh participle's noun ends (locales/kk/events/participleNoun.ts), in two forms the
 * rule missed: "2019 жылдан бері Сенатты басқарып келе жатқан Ашимбаев заңға қол қойды" (a converb
 * with an auxiliary participle, "since 2019" the leading's) and "2019 жылы құрылған партия съезд
 * өткізді" (no word in a case: the bare noun right before the finite verb is its object) were
 * both dated 2019. Generated over dates, converbs and auxiliaries, subjects and acts; sentences
 * written for the test. The participle's own act keeps its date.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const DCT = '2025-03-12';
const datesOf = (text: string, type: string) =>
  extractSentences('kk', text, DCT)
    .events.filter((e) => e.type === type)
    .map((e) => e.date.edtf);

const SINCE = ['2019 жылдан бері', '2019 жылдан бастап', '2019 жылы', '2019 жылғы наурыздан бері'];
const LASTING = ['басқарып келе жатқан', 'басқарып келген', 'басқарып жүрген', 'басқарып отырған'];
const ACTS: [string, string][] = [
  ['заңға қол қойды', 'law'],
  ['Ақордада кеңес өткізді', 'meeting'],
  ['Жарлыққа қол қойды', 'decree'],
];

describe('a converb and its auxiliary participle: the phrase owns its date', () => {
  it.each(
    SINCE.flatMap((d) =>
      LASTING.flatMap((l) =>
        ACTS.map(([act, type]) => [`${d} Сенатты ${l} Ашимбаев ${act}.`, type] as const),
      ),
    ),
  )('%s', (text, type) => {
    expect(datesOf(text, type)).toEqual(['2025-03-12']);
  });
});

const PLAIN: [string, string, string][] = [
  ['құрылған', 'партия', 'съезд өткізді'],
  ['құрылған', 'жаңа партия', 'съезд өткізді'],
  ['тағайындалған', 'министр', 'кеңес өткізді'],
  ['сайланған', 'Президент', 'кеңес өткізді'],
];
const TYPES: Record<string, string> = { съезд: 'congress', кеңес: 'meeting' };

describe('a bare object right before the finite verb ends the noun phrase', () => {
  it.each(
    ['2019 жылы', '2019 жылғы 5 наурызда', '2019 жылы наурызда'].flatMap((d) =>
      PLAIN.map(([p, noun, act]) => [`${d} ${p} ${noun} ${act}.`, TYPES[act.split(' ')[0]!]!]),
    ),
  )('%s', (text, type) => {
    expect(datesOf(text, type)).toEqual(['2025-03-12']);
  });
});

describe("the participle's noun phrase goes on in a possessed head", () => {
  it('2019 жылы өткен партия съезі: the congress of 2019', () => {
    expect(datesOf('2019 жылы өткен партия съезі шешім қабылдады.', 'congress')).toEqual(['2019']);
  });
});
