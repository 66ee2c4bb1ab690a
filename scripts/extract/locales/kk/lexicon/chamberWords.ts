/**
 * The chambers of Parliament and their members' nouns, in every case, as the one who takes a
 * bill's step (events/stepChamber.ts); and the genitive of an owner ("сенаторлардың түзетулері").
 */
import type { Chamber } from '../../../events/billChamber';

export const KK_CHAMBER_WORDS: [Chamber, RegExp][] = [
  [
    'senate',
    /(?<![\p{L}])(?:Сенат(?:ы|та|тың)?|сенатор\p{L}*|Сенат\s+депутат\p{L}*)(?![\p{L}])/giu,
  ],
  ['mazhilis', /(?<![\p{L}])(?:(?:Парламент\s+)?Мәжіліс(?:і|те|тің)?|мәжілісмен\p{L}*|Мәжіліс\s+депутат\p{L}*)(?![\p{L}])/giu], // prettier-ignore
  ['parliament', /(?<![\p{L}])(?:Парламент(?:і|те|тің)?(?!\s+Мәжіліс)|Парламент\s+депутат\p{L}*)(?![\p{L}])/giu], // prettier-ignore
];

/** A member's noun or a chamber in the genitive: the owner of something. */
export const KK_CHAMBER_OWNER = /(?:[дтн][ыі]ң)$/iu;
