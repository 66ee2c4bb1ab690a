/**
 * A region or district as the subject of its founding: the unit's noun in the nominative
 * possessive shortly before the verb in the same clause ("Ұлытау облысы 2022 жылғы 8 маусымда
 * құрылды"), or in the genitive right before the verbal noun ("Абай облысының құрылғанына").
 */
export const KK_REGION_MADE_BEFORE =
  /(?<!\p{L})(?:(?:облыс|аудан)(?:ы|тары|дары)?|өңір(?:і|лер)?)\s+(?:[^.,;:!?]{0,50}?\s)?$|(?<!\p{L})(?:облыс|аудан)(?:ының|тарының|дарының)\s+$/iu;

/**
 * Several regions made at once: the unit's noun in the plural, or in the singular after a number
 * greater than one, as Kazakh counts ("үш жаңа облыс", "жаңа үш облыс", "3 облыс").
 */
export const KK_REGIONS_MANY =
  /(?<!\p{L})(?:облыстар|аудандар)|(?<![\p{L}\d])(?:екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|[2-9]|\d\d)\s+(?:жаңа\s+)?(?:облыс|аудан)(?!тар|дар)/iu;
