/**
 * A Russian quotation's speech tag (locales/ru/events/quoteTag.ts) is a verb of saying, in a form
 * that reports it, after the quotation closed and a dash, or before a colon that opens it: "«…», –
 * сказал депутат", "«…», – отметила она", "«…», – считают эксперты", "Министр подчеркнул: «…»".
 * A verb of an act is no tag: "«Закон о выборах» – принял Мажилис", "Сенат одобрил: «…»".
 * Generated: verbs of saying × gender and number (past) or number (present) × the tag's shape;
 * verbs of acts × the same shapes. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { ruQuoteTag } from '../../../../../../scripts/extract/locales/ru/events/quoteTag';

const QUOTE = '«Мы поддерживаем этот проект»';

/** Whether `verb` in `text` (its first occurrence after the quotation) is read as the tag. */
const tag = (text: string, verb: string) => ruQuoteTag(text, text.indexOf(verb, 10), verb);

const PAST = ['сказа', 'отмети', 'подчеркну', 'заяви', 'сообщи', 'поясни', 'добави', 'рассказа'];
const PRESENT = ['счита', 'полага', 'отмеча', 'поясня'];
const SAYING = [
  ...PAST.flatMap((s) => [`${s}л`, `${s}ла`, `${s}ло`, `${s}ли`]),
  ...PRESENT.flatMap((s) => [`${s}ет`, `${s}ют`]),
  'говорит',
  'говорят',
];
const SHAPES: Array<[string, (verb: string) => string]> = [
  ['dash, speaker after', (v) => `${QUOTE}, – ${v} депутат Ерлан Искаков.`],
  ['em dash', (v) => `${QUOTE} — ${v} в министерстве.`],
  ['colon after', (v) => `Депутат Ерлан Искаков ${v} журналистам: ${QUOTE}.`],
];

describe('a verb of saying around the quotation is its tag', () => {
  const cases = SAYING.flatMap((verb) => SHAPES.map(([shape, make]) => [verb, shape, make(verb)]));
  it.each(cases)('%s, %s: %s', (verb, _shape, text) => {
    expect(tag(text, verb)).toBe(true);
  });
});

// Acts, every gender and number of the past: adopted, signed, approved, sent.
const ACTS = ['принял', 'подписал', 'одобрил', 'утвердил', 'направил', 'поддержал'].flatMap((v) => [
  v,
  `${v}а`,
  `${v}и`,
  `${v}о`,
]);
const NAMED: Array<[string, (verb: string) => string]> = [
  ['a law, dash', (v) => `«Закон о местном самоуправлении» – ${v} Мажилис.`],
  ['a party, dash', (v) => `Партия «Аманат», – ${v} съезд.`],
  ['colon', (v) => `Сенат ${v}: «О местном самоуправлении».`],
];

describe('a verb of an act around a quotation is no tag', () => {
  const cases = ACTS.flatMap((verb) => NAMED.map(([what, make]) => [verb, what, make(verb)]));
  it.each(cases)('%s, %s: %s', (verb, _what, text) => {
    expect(tag(text, verb)).toBe(false);
  });
});
