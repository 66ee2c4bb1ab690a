/**
 * A span counted from an act the text names ("через шесть месяцев после официального
 * опубликования", "ресми жарияланғаннан кейін алты айдан соң") is no date: its start is that act's
 * day, which the publication date does not give. Counted from now, it is a date as before.
 * Generated over amounts, units and the words that name the act.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';

const DCT = '2025-02-05';
const valueOf = (lang: 'kk' | 'ru', text: string, span: string) =>
  tagDates(text, { lang, dct: DCT }).find((t) => t.text === span)?.value;

const RU_SPANS = ['десять дней', 'две недели', 'шесть месяцев', 'год', 'три года'];
const RU_ACTS = [
  'после официального опубликования',
  'после выборов',
  'с момента подписания',
  'со дня его принятия',
];

describe('Russian: "через …" counted from an act named after it', () => {
  for (const span of RU_SPANS)
    for (const act of RU_ACTS)
      it(`"через ${span} ${act}" is a span, not a date`, () => {
        const value = valueOf('ru', `Закон вступит в силу через ${span} ${act}.`, `через ${span}`);
        expect(value).toMatch(/^P/u);
      });
  it('"через шесть месяцев" alone counts from now', () => {
    expect(valueOf('ru', 'Выборы пройдут через шесть месяцев.', 'через шесть месяцев')).toBe(
      '2025-08',
    );
  });
});

const KK_SPANS: Array<[string, string]> = [
  ['он күннен', 'P10D'],
  ['екі аптадан', 'P2W'],
  ['алты айдан', 'P6M'],
  ['үш жылдан', 'P3Y'],
];
const KK_ACTS = [
  'ресми жарияланғаннан кейін',
  'жарияланғаннан',
  'қол қойылған күнінен бастап',
  'сайлаудан кейін',
];

describe('Kazakh: "… -нан кейін N айдан соң" counted from an act named before it', () => {
  for (const [span, value] of KK_SPANS)
    for (const act of KK_ACTS)
      for (const post of ['соң', 'кейін'])
        it(`"${act} ${span} ${post}" is ${value}`, () => {
          const text = `Заң ${act} ${span} ${post} күшіне енеді.`;
          expect(valueOf('kk', text, `${span} ${post}`)).toBe(value);
        });
  it('counted from today or with nothing before, it is a date', () => {
    expect(valueOf('kk', 'Сайлау алты айдан кейін өтеді.', 'алты айдан кейін')).toBe('2025-08');
    expect(valueOf('kk', 'Бүгіннен бастап алты айдан кейін өтеді.', 'алты айдан кейін')).toBe(
      '2025-08',
    );
  });
});
