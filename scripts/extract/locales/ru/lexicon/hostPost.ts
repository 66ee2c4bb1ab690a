/**
 * Russian posts of a chamber that host a meeting (events/hostPost.ts), in the nominative:
 * "Председатель Сената", "спикер Мажилиса", "депутат Сената", "сенатор" (not "председателя",
 * "с председателем", the one met or owned).
 */
import type { HostPostCues } from '../../../events/hostPost';

const NOM = String.raw`(?<![\p{L}-])`;

export const RU_HOST_POSTS: HostPostCues = [
  ['senate-chairman', new RegExp(String.raw`${NOM}(?:председатель|спикер)\s+Сената(?![\p{L}])`, 'iu')], // prettier-ignore
  ['mazhilis-chairman', new RegExp(String.raw`${NOM}(?:председатель|спикер)\s+Мажилиса(?![\p{L}])`, 'iu')], // prettier-ignore
  ['senator', new RegExp(String.raw`${NOM}(?:депутат\s+Сената|сенатор)(?![\p{L}])`, 'iu')],
];
