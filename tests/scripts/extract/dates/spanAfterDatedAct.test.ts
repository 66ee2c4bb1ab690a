/**
 * A span told right after an act its sentence dates ("Закон подписан 5 марта и вступил в силу
 * через десять дней") is counted from that act's day, not from the publication date; in a
 * sentence of its own, or with no date before it, "через …" is still said of now. Generated over
 * the amounts, the acts and the tense of the verb; the Kazakh entry into force, with the time
 * inside "күшіне … енді", is the law's step on the day counted.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';
import { extractSentences as eventsOf } from '../events/extractSentences';

const DCT = '2024-06-19';
const valueOf = (text: string, span: string) =>
  tagDates(text, { lang: 'ru', dct: DCT }).find((t) => t.text === span)?.value;

// [the span, the day it gives after 5 March]
const RU_SPANS: Array<[string, string]> = [
  ['через десять дней', '2024-03-15'],
  ['через 10 дней', '2024-03-15'],
  ['через три дня', '2024-03-08'],
  ['через день', '2024-03-06'],
];
const RU_ACTS = [
  'Закон подписан 5 марта',
  'Закон был принят Сенатом 5 марта',
  '5 марта Президент подписал закон',
];
const RU_VERBS = ['и вступил в силу', ', который вступит в силу', ', а в силу он вступил'];

describe('Russian: "через …" right after a dated act counts from its day', () => {
  for (const [span, day] of RU_SPANS)
    for (const act of RU_ACTS)
      for (const verb of RU_VERBS) {
        const text = `${act} ${verb} ${span}.`.replace(' ,', ',');
        it(text, () => {
          expect(valueOf(text, span)).toBe(day);
        });
      }
});

describe('Russian: "через …" still said of now', () => {
  it('in a sentence of its own', () => {
    expect(
      valueOf('Закон подписан 5 марта. Он вступит в силу через десять дней.', 'через десять дней'),
    ).toBe('2024-06-29');
  });
  it('with no date before it', () => {
    expect(valueOf('Закон вступит в силу через десять дней.', 'через десять дней')).toBe(
      '2024-06-29',
    );
  });
  it('counted from an act named after it: a span', () => {
    expect(
      valueOf(
        'Закон подписан 5 марта и вступит в силу через десять дней после опубликования.',
        'через десять дней',
      ),
    ).toMatch(/^P/u);
  });
});

const lawDates = (lang: 'kk' | 'ru', text: string) =>
  eventsOf(lang, text, DCT)
    .events.filter((e) => e.type === 'law')
    .map((e) => e.date.edtf)
    .sort();

// [the span, the day it gives after 5 March]
const KK_SPANS: Array<[string, string]> = [
  ['он күннен кейін', '2024-03-15'],
  ['10 күннен кейін', '2024-03-15'],
  ['үш күннен соң', '2024-03-08'],
];
// [the dated act, the verbs of entering into force after it] (a converb takes the tense of the
// verb after it: "қол қойылып, … енеді" would sign next March.)
const KK_ACTS: Array<[string, string[]]> = [
  ['Заңға 5 наурызда қол қойылып,', ['енді']],
  ['Заңға 5 наурызда қол қойылды, ол', ['енді', 'енеді']],
  ['Заң 5 наурызда қабылданды, ол', ['енді', 'енеді']],
];

describe('Kazakh: the law enters into force on the day counted from its signing', () => {
  for (const [span, day] of KK_SPANS)
    for (const [act, verbs] of KK_ACTS)
      for (const verb of verbs) {
        for (const text of [`${act} күшіне ${span} ${verb}.`, `${act} ${span} күшіне ${verb}.`])
          it(text, () => {
            expect(lawDates('kk', text)).toEqual(['2024-03-05', day]);
          });
      }
  it('the day inside the phrase', () => {
    expect(lawDates('kk', 'Заңға 5 наурызда қол қойылды, ол күшіне 20 наурызда енді.')).toEqual([
      '2024-03-05',
      '2024-03-20',
    ]);
  });
});

describe('Russian events: the entry into force on the day counted', () => {
  it('Закон подписан 5 марта и вступил в силу через десять дней', () => {
    expect(lawDates('ru', 'Закон подписан 5 марта и вступил в силу через десять дней.')).toEqual([
      '2024-03-05',
      '2024-03-15',
    ]);
  });
});
