import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASPECT } from '../../../scripts/extract/events/aspect';
import { PRESENT, SIMPLE_PAST } from '../../../scripts/extract/locales/kk/events/aspect';
import { anyWord, either } from '../../../scripts/extract/wordwise';
import { withExplicitClasses } from '../../../scripts/extract/letterClasses';

const START = String.raw`(?<![\p{L}\p{M}])`;
const END = String.raw`(?![\p{L}\p{M}])`;
const L = String.raw`[\p{L}\p{M}]`;

/** Whole-word patterns with lookarounds inside the word (the hardest the tense cues hold). */
const WHOLE_WORDS = [
  [SIMPLE_PAST],
  [PRESENT],
  [String.raw`${START}(?!болатын${END})${L}{2,}(?:атын|етін|йтын|йтін)${END}`],
  [String.raw`${START}(?:өткен|болған|еді)${END}`, String.raw`${START}${L}{2,}(?:мақ|мек)${END}`],
];

/** Kazakh-like words: stems and endings of the paradigms, in either case, with other scripts' letters. */
const STEMS = [
  'өт',
  'өтк',
  'бол',
  'қабылда',
  'жарияла',
  'сайла',
  'бер',
  'Тоқаев',
  'съез',
  'ұлғай',
  'ai',
  'olar',
];
const ENDINGS = [
  'ді',
  'ты',
  'ады',
  'еді',
  'йды',
  'ген',
  'ған',
  'атын',
  'етін',
  'мақ',
  'мек',
  'қан',
  'ын',
  '',
];
const word = fc
  .tuple(fc.constantFrom(...STEMS), fc.constantFrom(...ENDINGS), fc.boolean())
  .map(([stem, ending, upper]) => (upper ? (stem + ending).toUpperCase() : stem + ending));
const gap = fc.constantFrom(
  ' ',
  ', ',
  '. ',
  '\n',
  ' 2022 ',
  '-',
  '«',
  '» ',
  '\u0301 ',
  'K',
  ' ok ',
  '中',
);
const text = fc
  .array(fc.tuple(word, gap), { maxLength: 12 })
  .map((parts) => parts.map(([w, g]) => w + g).join(''));

describe('anyWord', () => {
  it.each(WHOLE_WORDS.map((alts, i) => [i, alts] as const))(
    'tells, word by word, what pattern set %i tells of the whole text',
    (_, alts) => {
      const words = anyWord(alts, 'iu');
      // (As events/aspect.ts compiled the cues: letters are the scripts' the texts are in, so a
      // Chinese character stands outside a word as a space does.)
      const whole = withExplicitClasses(new RegExp(alts.join('|'), 'iu'));
      fc.assert(
        fc.property(text, (t) => words.test(t) === whole.test(t)),
        { numRuns: 400 },
      );
    },
  );

  it.each([
    ['өтті', true],
    ['Съезд ӨТТІ.', true],
    ['съезі өтеді', false],
    ['оларды', false],
    ['', false],
    ['2022 жылы', false],
  ])('reads "%s" as a simple past: %s (asked twice, remembered)', (t, want) => {
    const past = anyWord([SIMPLE_PAST], 'iu');
    expect(past.test(t)).toBe(want);
    expect(past.test(t)).toBe(want);
  });
});

describe('either', () => {
  it.each([
    ['жақын арада өтеді', true],
    ['қабылдаған', false],
    ['шақырылды жақын', false],
  ])('reads "%s" by words or by phrase: %s', (t, want) => {
    const cue = either(anyWord([String.raw`${START}өтеді${END}`], 'iu'), /жақын\s+арада/iu);
    expect(cue.test(t)).toBe(want);
  });
});

/** The negation and the modal as one pattern each, as they were before they were read by words. */
const NEGATED_WHOLE = String.raw`${START}(?!(?:қама|жама|тама)(?:ды|ған)${END})${L}{2,}(?:ма|ме|ба|бе|па|пе)(?:ды|ді|ған|ген|йды|йді)${END}|${START}${L}{2,}(?:ған|ген|қан|кен)\s+жоқ${END}`;
const MODAL_WHOLE = String.raw`${START}(?:тиіс|тиісті|керек|қажет)${END}|${START}${L}{2,}(?:уы|уі|юы|юі)\s+мүмкін${END}|${START}${L}{2,}(?:у|ю)(?:ы|і|ды|ді)?\s+(?:(?:жоспарла|күтіл|ұйғарыл)${L}*|көзделуде|көзделіп)${END}`;
const PHRASE_WORDS = [
  'қабылдануы',
  'өтуі',
  'бекіту',
  'қабылдамады',
  'қатыспаған',
  'болған',
  'жоқ',
  'мүмкін',
  'жоспарлануда',
  'күтілуде',
  'көзделіп',
  'тиіс',
  'керек',
  'заң',
  'у',
  'қамады',
];
const phraseText = fc
  .array(
    fc.tuple(
      fc.constantFrom(...PHRASE_WORDS),
      fc.constantFrom(' ', '  ', ', ', '.', '\n', '-', 'x'),
    ),
    { maxLength: 10 },
  )
  .map((parts) => parts.map(([w, g]) => w + g).join(''));

describe('the Kazakh negation and modal, whole words by words and phrases from their last word', () => {
  it.each([
    ['negated', NEGATED_WHOLE],
    ['modal', MODAL_WHOLE],
  ] as const)('%s holds where the one pattern did (property)', (key, whole) => {
    const before = withExplicitClasses(new RegExp(whole, 'iu'));
    fc.assert(
      fc.property(phraseText, (t) => ASPECT.kk[key].test(t) === before.test(t)),
      { numRuns: 1500 },
    );
  });
});

describe('the Kazakh tense cues read word by word', () => {
  // (The auxiliary "болатын" is future but at its sentence's end, a past perfect's: a phrase.)
  it.each([
    ['Заң 15 мамырда қабылданған болатын.', false],
    ['Заң 15 мамырда қабылданған болатын', false],
    ['Заң 15 мамырда қабылданған болатын» деді ол', false],
    ['Сайлау өтетін болатын күн белгіленді', true],
    ['Болатын сайлау туралы айтты', true],
    ['Сайлау жақын арада өтеді', true],
    ['Кеңес шақырылды Астанаға', true],
    ['Съезд өтті', false],
  ])('future in "%s": %s', (t, want) => {
    expect(ASPECT.kk.future.test(t)).toBe(want);
  });
  it.each([
    ['Заң қабылдануы мүмкін', true],
    ['Заңды бекіту жоспарлануда', true],
    ['Заң қабылдануы тиіс', true],
    ['Заң қабылданды', false],
  ])('modal in "%s": %s', (t, want) => {
    expect(ASPECT.kk.modal.test(t)).toBe(want);
  });
});
