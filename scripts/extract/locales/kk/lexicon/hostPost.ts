/**
 * Kazakh posts of a chamber that host a meeting (events/hostPost.ts), in the nominative: "Сенат
 * төрағасы", "Мәжіліс Төрағасы", "Сенат депутаты", "сенатор" (not "Сенат төрағасымен", "Сенат
 * төрағасының", the one met or owning); a chairman's deputy, "Мәжіліс төрағасының орынбасары",
 * before the chairman.
 */
import type { HostPostCues } from '../../../events/hostPost';

/** Not the one met or owning, a name after the post in its case: "Сенат төрағасы Әшімбаевпен". */
const NOT_NAME_IN_CASE = String.raw`(?![\p{L}])(?!\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*(?:мен|пен|бен|ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|на|не|ды|ді|ты|ті|ны|ні)(?![\p{L}]))`;

export const KK_HOST_POSTS: HostPostCues = [
  [
    'senate-deputy-chairman',
    new RegExp(
      String.raw`(?<![\p{L}])Сенат(?:тың)?\s+(?:төрағасының|спикерінің)\s+орынбасары${NOT_NAME_IN_CASE}`,
      'iu',
    ),
  ],
  [
    'mazhilis-deputy-chairman',
    new RegExp(
      String.raw`(?<![\p{L}])Мәжіліс(?:тің)?\s+(?:төрағасының|спикерінің)\s+орынбасары${NOT_NAME_IN_CASE}`,
      'iu',
    ),
  ],
  [
    'senate-chairman',
    new RegExp(String.raw`(?<![\p{L}])Сенат(?:тың)?\s+төрағасы${NOT_NAME_IN_CASE}`, 'iu'),
  ],
  [
    'mazhilis-chairman',
    new RegExp(String.raw`(?<![\p{L}])Мәжіліс(?:тің)?\s+төрағасы${NOT_NAME_IN_CASE}`, 'iu'),
  ],
  [
    'senator',
    new RegExp(
      String.raw`(?<![\p{L}])(?:Сенат(?:тың)?\s+депутаты|сенатор)${NOT_NAME_IN_CASE}`,
      'iu',
    ),
  ],
];
