/**
 * A Kazakh quotation's speech tag (locales/kk/events/quoteTag.ts) is a verb of saying, in a form
 * that reports it, after the quotation closed and a dash or the quotative "деп": "«…», – деді
 * депутат", "«…» деп атап өтті министр", "«…», – дейді ол". A verb of an act after a quotation that
 * names a law or a party ("«…» заңына қол қойылды", "«…» заңын қабылдады", "«…» деп өзгертуді
 * ұсынды") is no tag: it was read as one, and the law lost its day, the proposal its title.
 * Generated: verbs of saying × the forms that report (past, present, evidential; the first person)
 * × the tag's shape; verbs of acts × quotations of names. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { kkQuoteTag } from '../../../../../../scripts/extract/locales/kk/events/quoteTag';

const QUOTE = '«Біз бұл жобаны қолдаймыз»';

/** Whether `verb` in `text` (its first occurrence after the quotation) is read as the tag. */
const tag = (text: string, verb: string) => kkQuoteTag(text, text.indexOf(verb, 10), verb);

// Each verb of saying in the forms that report it: the past, the present of reporting, the
// evidential, the first person.
const SAYING = [
  ['деді', 'дейді', 'депті', 'дедік'],
  ['айтты', 'айтады', 'айтыпты', 'айттым'],
  ['атап өтті', 'атап өтеді', 'атап өтіпті'],
  ['атап көрсетті', 'атап көрсетеді'],
  ['мәлімдеді', 'мәлімдейді'],
  ['түсіндірді', 'түсіндіреді'],
  ['жеткізді', 'жеткізеді'],
  ['ескертті', 'ескертеді'],
  ['қосты', 'қосады'],
  ['түйіндеді', 'түйіндейді'],
  ['хабарлады', 'хабарлайды'],
].flat();
const SHAPES: Array<[string, (verb: string) => string]> = [
  ['dash, speaker after', (v) => `${QUOTE}, – ${v} депутат Ерлан Исқақов.`],
  ['dash and деп', (v) => `${QUOTE}, – деп ${v} министр.`],
  ['деп, speaker between', (v) => `${QUOTE} деп министр ${v}.`],
  ['colon after', (v) => `Депутат Ерлан Исқақов былай ${v}: ${QUOTE}.`],
];

describe('a verb of saying after the quotation is its tag', () => {
  const cases = SAYING.flatMap((verb) =>
    SHAPES.filter(([shape]) => verb !== 'деді' || !shape.includes('деп')).map(([shape, make]) => [
      verb,
      shape,
      make(verb),
    ]),
  );
  it.each(cases)('%s, %s: %s', (verb, _shape, text) => {
    expect(tag(text, verb)).toBe(true);
  });
});

// Acts after a quotation that names what they are done to: a law signed, adopted, a bill
// approved, a party renamed, someone appointed.
const ACTS = [
  'қабылдады',
  'қабылданды',
  'қол қойды',
  'қол қойылды',
  'бекітті',
  'мақұлдады',
  'ұсынды',
  'қолдады',
  'тағайындады',
  'жіберді',
];
const NAMED: Array<[string, (verb: string) => string]> = [
  [
    'a law, right after',
    (v) => `Мемлекет басшысы «Жергілікті өзін-өзі басқару туралы» заңына ${v}.`,
  ],
  ['a law, bare', (v) => `Мәжіліс «Бұқаралық ақпарат құралдары туралы» ${v}.`],
  ['a name with деп', (v) => `Төраға партияны «Болашақ» деп өзгертуді ${v}.`],
  ['a name, dash', (v) => `Партия «Болашақ» – ${v} съезд.`],
];

describe('a verb of an act after a quotation is no tag', () => {
  const cases = ACTS.flatMap((verb) => NAMED.map(([what, make]) => [verb, what, make(verb)]));
  it.each(cases)('%s, %s: %s', (verb, _what, text) => {
    expect(tag(text, verb)).toBe(false);
  });
});

describe('a verb of saying right after the closing mark, no dash nor деп, is no tag', () => {
  const cases = SAYING.map((verb) => [
    verb,
    `Мәжіліс «Бұқаралық ақпарат құралдары туралы» ${verb}.`,
  ]);
  it.each(cases)('%s: %s', (verb, text) => {
    expect(tag(text, verb)).toBe(false);
  });
});
