/** Russian: what an abolition's cue names (events/abolished.ts), stems with any ending. */
import type { AbolishedWhat } from '../../../events/abolished';

export const RU_ABOLISHED: ReadonlyArray<readonly [AbolishedWhat, RegExp]> = [
  ['death-penalty', /(?<!\p{L})смертн\p{L}*\s+казн/iu],
  [
    'first-president-status',
    /(?<!\p{L})статус\p{L}*\s+(?:Первого\s+Президента|Елбасы|Лидера\s+нации)/iu,
  ],
  ['moratorium', /(?<!\p{L})моратори/iu],
  ['quota', /(?<!\p{L})квот/iu],
  ['status', /(?<!\p{L})статус/iu],
  ['office', /(?<!\p{L})институт\s+(?:акимов|сенатор|депутат)/iu],
];
