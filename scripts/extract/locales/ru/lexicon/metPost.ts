/**
 * Russian posts of a chamber met, in the instrumental after "с": "встретился с председателем
 * Сената", "с депутатами Сената", "с сенатором" (events/metPost.ts).
 */
import type { MetPostCues } from '../../../events/metPost';

export const RU_MET_POSTS: MetPostCues = [
  [
    'senate-deputy-chairman',
    /(?<![\p{L}])со?\s+(?:заместителем\s+председателя|вице-спикером)\s+Сената(?![\p{L}])/iu,
  ],
  [
    'mazhilis-deputy-chairman',
    /(?<![\p{L}])со?\s+(?:заместителем\s+председателя|вице-спикером)\s+Мажилиса(?![\p{L}])/iu,
  ],
  ['senate-chairman', /(?<![\p{L}])со?\s+(?:председателем|спикером)\s+Сената(?![\p{L}])/iu],
  ['mazhilis-chairman', /(?<![\p{L}])со?\s+(?:председателем|спикером)\s+Мажилиса(?![\p{L}])/iu],
  ['senator', /(?<![\p{L}])со?\s+(?:депутат(?:ом|ами)\s+Сената|сенатор(?:ом|ами))(?![\p{L}])/iu],
];
