/** Russian kinds of draft put up for discussion (events/draftDiscussed.ts), in the cue's words. */
import type { KeyedCues } from '../../../events/titleCueWords';

// prettier-ignore
export const RU_DRAFTS: KeyedCues = [
  // ("законопроект", "проект закона", "проект конституционного закона".)
  ['bill', /(?<!\p{L})(?:законопроект|проект\p{L}*\s+(?:конституционн\p{L}*\s+)?закон)/iu],
  ['code', /(?<!\p{L})проект\p{L}*\s+(?:\p{L}+\s+)?кодекс/iu],
  ['constitution', /(?<!\p{L})проект\p{L}*\s+(?:нов\p{L}*\s+)?Конституци/iu],
];
