/**
 * A region or district as the subject of its founding, in either order: "Абайская область была
 * создана 8 июня", "создана область Улытау", "образованы три новые области". (Not the place of
 * another founding, "создана в Алматинской области": a preposition before the noun.)
 */
const NO_PREPOSITION = String.raw`(?<!(?:^|\s)(?:в|во|на|из|по|при|для|у)\s+(?:[\p{L}-]+\s+)?)`;
export const RU_REGION_MADE_BEFORE = new RegExp(
  String.raw`${NO_PREPOSITION}(?<!\p{L})(?:[\p{L}-]+\s+)?(?:област|район)\p{L}*\s+(?:[^.,;:!?]{0,50}?\s)?$`,
  'iu',
);
// (Or a list of them before one plural noun: "образованы Абайская, Жетысуская и Улытауская области".)
export const RU_REGION_MADE_AFTER =
  /^\p{L}*\s+(?:(?!(?:в|во|на|из|по|при|для|у)\s)[\p{L}\d-]+,?\s+){0,5}(?:област[ьи]|район(?:ы)?)(?!\p{L})/iu;

/** The unit's noun in the plural: several regions made at once. */
export const RU_REGIONS_MANY =
  /(?<!\p{L})(?:областей|области\s*:|новые\s+области|районы|районов)|\p{L}+(?:ая|яя),?\s+(?:и\s+)?\p{L}+(?:ая|яя)\s+области(?!\p{L})/iu;
