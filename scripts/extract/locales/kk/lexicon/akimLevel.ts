/**
 * Kazakh words of the level of akims elected (see events/akimLevel.ts): rural akims, of a village,
 * a settlement or a rural district ("ауыл әкімдерін", "ауылдық округ әкімінің", "кент әкімі"), and
 * district akims, the district's noun right before the post ("аудан әкімдерін", "аудандардың
 * әкімдері"; not "Талғар ауданында әкім", where the district is only the place).
 */
import type { AkimLevelCues } from '../../../events/akimLevel';

export const KK_AKIM_LEVEL: AkimLevelCues = [
  ['rural', /(?<!\p{L})(?:ауыл|кент)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?әкім(?!ші)/iu],
  ['district', /(?<!\p{L})аудан(?:дар)?(?:дың|ның|тың)?\s+әкім(?!ші)/iu],
];
