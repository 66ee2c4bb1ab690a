/**
 * Kazakh counts before a noun of an event's kind, and spans they are counted over (events/counted.ts): digits ("120 заң жобасын",
 * not a year, nor the number of an article, "5-бабы") or a number word ("үш референдум", "бірнеше
 * заң"), an approximate one too ("120-дан астам заң"), with up to two adjectives between ("үш
 * республикалық референдум"). One ("бір заң") is no count of many.
 */
import type { CountedCues } from '../../../events/counted';
import { KK_NUMBER_WORDS } from './numbers';

const WORDS = [...KK_NUMBER_WORDS].filter(([, n]) => n > 1).map(([w]) => w);
const COUNT_WORDS = [...WORDS, 'бірнеше', 'бірқатар', 'ондаған', 'жүздеген'];
const DIGITS = String.raw`(?<![\p{L}\p{N}:.,/№-])(?!(?:19|20)\d\d(?!\d)|1(?!\d))\d+(?:[\s\u00a0]\d{3})*`;
// ("120-дан астам", "жүзден астам", "30-ға жуық": more than, nearly.)
const APPROX = String.raw`(?:(?:дан|ден|тан|тен|нан|нен)\s+(?:астам|артық)|(?:ға|ге|қа|ке)\s+жуық)`;
const ADJECTIVE = String.raw`\p{L}+(?:лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі)`;

export const KK_COUNTED: CountedCues = {
  countBefore: new RegExp(
    String.raw`(?:${DIGITS}(?:-${APPROX})?|(?<![\p{L}])(?:${COUNT_WORDS.join('|')})${APPROX}?)(?:\s+${ADJECTIVE}){0,2}\s+$`,
    'iu',
  ),
  kinds: {
    law: /(?<![\p{L}])(?:заң|кодекс|түзету)/iu,
    referendum: /(?<![\p{L}])референдум/iu,
    election: /(?<![\p{L}])сайлау/iu,
    decree: /(?<![\p{L}])(?:жарлы|қаулы)/iu,
    congress: /(?<![\p{L}])(?:съез|құрылтай|конференция)/iu,
    meeting: /(?<![\p{L}])(?:кездесу|отырыс|сессия|келіссөз)/iu,
  },
  // ("тәуелсіздік жылдарында", "жыл ішінде", "сессия барысында", "шақырылым кезеңінде")
  span: /(?:жылдарында|(?<![\p{L}])(?:жыл|ай)\s+ішінде|(?<![\p{L}])(?:сессия|шақырылым)\p{L}*\s+(?:барысында|кезеңінде))/iu,
};
