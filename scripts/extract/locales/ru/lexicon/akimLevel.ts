/**
 * Russian words of the level of akims elected (see events/akimLevel.ts): rural akims ("сельских
 * акимов", "акимов сельских округов", "акимов аулов, сёл и поселков") and district akims ("акимов
 * районов", "акимов семи районов", "районных акимов"; not "городов районного значения", towns).
 */
import type { AkimLevelCues } from '../../../events/akimLevel';

export const RU_AKIM_LEVEL: AkimLevelCues = [
  [
    'rural',
    /сельск\p{L}*\s+аким|аким\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:сельск|аул(?:ов|а|ы|ьн)|сёл|сел(?![\p{L}])|посёлк|поселк)/iu,
  ],
  [
    'district',
    /районн\p{L}*\s+аким|аким\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?район(?!\p{L}*\s+значени)/iu,
  ],
];
