/**
 * A region or district as the subject of its founding: the unit's noun in the nominative
 * possessive shortly before the verb in the same clause ("Ұлытау облысы 2022 жылғы 8 маусымда
 * құрылды"), or in the genitive right before the verbal noun ("Абай облысының құрылғанына").
 */
export const KK_REGION_MADE_BEFORE =
  /(?<!\p{L})(?:(?:облыс|аудан)(?:ы|тары|дары)?|өңір(?:і|лер)?)\s+(?:[^.,;:!?]{0,50}?\s)?$|(?<!\p{L})(?:облыс|аудан)(?:ының|тарының|дарының)\s+$/iu;

/** The unit's noun in the plural: several regions made at once. */
export const KK_REGIONS_MANY = /(?<!\p{L})(?:облыстар|аудандар)/iu;
