/**
 * Russian posts of a chamber that host a meeting (events/hostPost.ts), in the nominative:
 * "Председатель Сената", "спикер Мажилиса", "депутат Сената", "сенатор" (not "председателя",
 * "с председателем", the one met or owned); a chairman's deputy, "заместитель председателя
 * Мажилиса", "вице-спикер Сената", before the chairman.
 */
import type { HostPostCues } from '../../../events/hostPost';

const NOM = String.raw`(?<![\p{L}-])`;

const DEPUTY = String.raw`${NOM}(?:заместитель\s+(?:председателя|спикера)|вице-спикер)\s+`;

export const RU_HOST_POSTS: HostPostCues = [
  ['senate-deputy-chairman', new RegExp(String.raw`${DEPUTY}Сената(?![\p{L}])`, 'iu')],
  ['mazhilis-deputy-chairman', new RegExp(String.raw`${DEPUTY}Мажилиса(?![\p{L}])`, 'iu')],
  ['senate-chairman', new RegExp(String.raw`${NOM}(?:председатель|спикер)\s+Сената(?![\p{L}])`, 'iu')], // prettier-ignore
  ['mazhilis-chairman', new RegExp(String.raw`${NOM}(?:председатель|спикер)\s+Мажилиса(?![\p{L}])`, 'iu')], // prettier-ignore
  ['senator', new RegExp(String.raw`${NOM}(?:депутат\s+Сената|сенатор)(?![\p{L}])`, 'iu')],
];
