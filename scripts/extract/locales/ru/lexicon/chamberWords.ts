/**
 * The chambers of Parliament and their members' nouns, in every case, as the one who takes a
 * bill's step (events/stepChamber.ts); and the genitive of an owner ("поправки сенаторов").
 */
import type { Chamber } from '../../../events/billChamber';

export const RU_CHAMBER_WORDS: [Chamber, RegExp][] = [
  ['senate', /(?<![\p{L}])(?:(?<!(?<![\p{L}])(?:в|на)\s+)Сенат(?:ом)?|Сенат[еа]|сенатор\p{L}*|депутат\p{L}*\s+Сената|верхн\p{L}*\s+палат\p{L}*)(?![\p{L}])/giu], // prettier-ignore
  ['mazhilis', /(?<![\p{L}])(?:(?<!(?<![\p{L}])(?:в|на)\s+)Мажилис(?:ом)?|Мажилис[еа]|мажилисмен\p{L}*|депутат\p{L}*\s+Мажилиса|нижн\p{L}*\s+палат\p{L}*)(?![\p{L}])/giu], // prettier-ignore
  ['parliament', /(?<![\p{L}])(?:(?<!(?<![\p{L}])(?:в|на)\s+)Парламент(?:ом)?|Парламент[еа]|депутат\p{L}*\s+Парламента|парламентари\p{L}*)(?![\p{L}])/giu], // prettier-ignore
];

/** A member's noun or a chamber in the genitive: the owner of something. */
export const RU_CHAMBER_OWNER = /^(?:\p{L}+ов|Сената|Мажилиса|Парламента)$/iu;
