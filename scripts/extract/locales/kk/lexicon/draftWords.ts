/** Kazakh kinds of draft put up for discussion (events/draftDiscussed.ts), in the cue's words. */
import type { KeyedCues } from '../../../events/titleCueWords';

// prettier-ignore
export const KK_DRAFTS: KeyedCues = [
  // ("Конституциялық заң жобасы", "заң жобасы"; not "заңға тәуелді акт жобасы", a bylaw.)
  ['bill', /(?<!\p{L})заң\s+жоба/iu],
  ['code', /(?<!\p{L})кодекс\p{L}*\s+жоба/iu],
  ['constitution', /(?<!\p{L})Конституция(?:ның|сының)?\s+жоба/iu],
];
