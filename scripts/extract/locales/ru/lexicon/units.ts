/** What Russian counts count; stems are matched as word prefixes (`мероприяти|й`). */
// prettier-ignore
export const RU_UNITS: ReadonlyArray<readonly [stem: string, unit: string]> = [
  ['человек', 'people'], ['чел', 'people'], ['жител', 'people'], ['делегат', 'delegates'],
  ['мероприяти', 'events'], ['член', 'members'], ['предложени', 'proposals'],
  ['организаци', 'organisations'], ['парти', 'parties'], ['штаб', 'headquarters'],
  ['регион', 'regions'], ['област', 'regions'], ['процент', 'percent'], ['%', 'percent'],
  ['голос', 'votes'], ['избирател', 'people'], ['депутат', 'people'],
];

/** Qualifiers before the number; `не менее` flips to "over" and `не более` to "under". */
// prettier-ignore
export const RU_QUALIFIERS_BEFORE: ReadonlyMap<string, 'approx' | 'over' | 'under'> = new Map([
  ['около', 'approx'], ['порядка', 'approx'], ['примерно', 'approx'], ['почти', 'approx'],
  ['приблизительно', 'approx'], ['более', 'over'], ['свыше', 'over'], ['больше', 'over'],
  ['сверх', 'over'], ['менее', 'under'], ['меньше', 'under'], ['до', 'under'],
]);

export const RU_EXCEED_VERBS: readonly string[] = [
  'превышает',
  'превысила',
  'превысило',
  'превысил',
  'превышала',
];

// prettier-ignore
export const RU_TIME_STEMS: readonly string[] = [
  'год', 'лет', 'месяц', 'день', 'дня', 'дней', 'недел', 'час', 'минут', 'секунд', 'век', 'сутк',
  'январ', 'феврал', 'март', 'апрел', 'мая', 'май', 'июн', 'июл', 'август', 'сентябр', 'октябр',
  'ноябр', 'декабр',
];
