/**
 * Russian words that join the members of a list, as regexp alternations (events/jointSides.ts,
 * events/dateList.ts): two people as the sides of talks ("Путин и Токаев"), dates of one list ("в
 * 2012, 2016 и 2021 годах"), dates each with its own place ("22 апреля в Сатпаеве, а 23 апреля в
 * Каражале").
 */

/** "and". */
export const RU_AND = 'и';
/** "as well as", between dates of one list. */
export const RU_AS_WELL_AS = String.raw`а\s+также`;
/** "and, while": between two dates each with its own place. */
export const RU_WHILE = 'а';
/** The preposition each member of a list of dates may repeat: "в 2017 году, в 2022 году". */
export const RU_IN = 'в|во';
/** The place a date of a list has after it: "в" and a name of one or two words ("в Сатпаеве"). */
export const RU_PLACE_IN = String.raw`(?:в|во)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?`;
