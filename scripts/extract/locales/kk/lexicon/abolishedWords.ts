/** Kazakh: what an abolition's cue names (events/abolished.ts), stems with any ending. */
import type { AbolishedWhat } from '../../../events/abolished';

export const KK_ABOLISHED: ReadonlyArray<readonly [AbolishedWhat, RegExp]> = [
  ['death-penalty', /(?<!\p{L})өлім\s+жаза/iu],
  [
    'first-president-status',
    /(?<!\p{L})(?:Тұңғыш\s+Президент|Елбасы)\p{L}*\s+(?:\p{L}+\s+)?мәртебе/iu,
  ],
  ['moratorium', /(?<!\p{L})мораторий/iu],
  ['quota', /(?<!\p{L})квота/iu],
  ['status', /(?<!\p{L})мәртебе/iu],
  ['restriction', /(?<!\p{L})шектеу/iu],
  ['rule', /(?<!\p{L})норма/iu],
  ['office', /(?<!\p{L})лауазым/iu],
];
