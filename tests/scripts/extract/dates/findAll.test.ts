import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAll } from '../../../../scripts/extract/dates/findAll';
import { kkGrammar } from '../../../../scripts/extract/locales/kk/dates/kkGrammar';
import { ruGrammar } from '../../../../scripts/extract/locales/ru/dates/ruGrammar';

// Words that make or surround dates (numbers in words, hedges, postpositions, months, units)
// mixed with filler, so that long expressions and near misses meet region edges.
// prettier-ignore
const KK = [
  'шамамен', 'екі', 'мың', 'жиырма', 'бесінші', 'он', 'тоғызыншы', 'жылы', 'жылғы', 'жылдың', 'жыл',
  'наурыздың', 'наурызда', 'Наурыз', 'қазан', 'маусым', 'айында', 'ай', 'басында', 'мен', 'бен',
  'аралығында', 'күндері', 'дейін', 'бері', 'бұрын', 'соңғы', 'өткен', 'биылғы', 'бүгін', 'кеше',
  '5', '14', '2022', '-', '–', 'і', 'ыншы', '.', ',', '13.02.2026ж.', '19:00', 'сағат', 'және',
  'сайлау', 'өтті', 'өтеді', 'халық', 'бірнеше', 'күн', 'сайын', 'жас', 'жастан', 'жасқа',
];
// prettier-ignore
const RU = [
  'в', 'прошлом', 'году', '2022', 'года', '5', 'марта', 'первого', 'мая', 'через', 'два', 'года',
  'назад', 'каждый', 'XX', 'веке', 'век', 'сегодня', 'весной', 'выборы', 'прошли', ',', '.', '-',
];

const textOf = (words: readonly string[]) =>
  fc
    .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(' ', ' ', '', '\n')), {
      maxLength: 60,
    })
    .map((parts) => parts.map(([w, sep]) => w + sep).join(''));

describe('findAll', () => {
  it.each([
    ['kk', kkGrammar, KK],
    ['ru', ruGrammar, RU],
  ] as const)(
    'findAll (%s) finds on regions what it finds on the whole text',
    (_, grammar, words) => {
      fc.assert(
        fc.property(textOf(words), (text) => {
          expect(findAll(text, grammar)).toEqual(findAll(text, grammar, true));
        }),
        { numRuns: 2000 },
      );
    },
  );
});
