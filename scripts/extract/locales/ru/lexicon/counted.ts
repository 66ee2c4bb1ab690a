/**
 * Russian counts before a noun of an event's kind, and spans they are counted over (events/counted.ts): digits ("120
 * законопроектов", not a year, nor the number of an article, "статьи 5 закона") or a number word
 * ("три референдума", "несколько законов"), with up to two adjectives between ("120
 * правительственных законопроектов"). One ("1 закон", "один указ") is no count of many.
 */
import type { CountedCues } from '../../../events/counted';
import { RU_NUMBER_WORDS } from './numbers';

const WORDS = [...RU_NUMBER_WORDS].filter(([, n]) => n > 1).map(([w]) => w);
const COUNT_WORDS = [...WORDS, 'несколько', 'нескольких', 'ряд', 'десятки', 'десятков', 'оба', 'обе', 'обоих']; // prettier-ignore
const DIGITS = String.raw`(?<![\p{L}\p{N}:.,/№-]|(?:стать|пункт|глав|част|подпункт)\p{L}*\s+|(?:ст|п|пп|ч)\.\s*)(?!(?:19|20)\d\d(?!\d)|1(?!\d))\d+(?:[\s\u00a0]\d{3})*`;
const ADJECTIVE = String.raw`\p{L}+(?:ых|их|ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ую|юю)`;

export const RU_COUNTED: CountedCues = {
  countBefore: new RegExp(
    String.raw`(?:${DIGITS}|(?<![\p{L}])(?:${COUNT_WORDS.join('|')}))(?:\s+${ADJECTIVE}){0,2}\s+$`,
    'iu',
  ),
  kinds: {
    law: /(?<![\p{L}])(?:законопроект|закон(?!н)|кодекс|поправк)/iu,
    referendum: /(?<![\p{L}])референдум/iu,
    election: /(?<![\p{L}])(?:выбор|голосовани)/iu,
    decree: /(?<![\p{L}])(?:указ|постановлени|распоряжени)/iu,
    congress: /(?<![\p{L}])(?:съезд|курултай|конференци)/iu,
    meeting: /(?<![\p{L}])(?:встреч|заседани|сесси|совещани|переговор)/iu,
  },
  span: /(?<![\p{L}])(?:за\s+(?:годы|время|период|весь|всю|все|прошедш|минувш|истекш|последн|\d+\s+(?:лет|год|месяц))|с\s+начала|в\s+ходе\s+(?:сесси|созыв)|в\s+течение\s+(?:года|сесси|созыв))/iu,
};
