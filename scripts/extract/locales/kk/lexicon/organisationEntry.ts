/**
 * One organisation of the lexicon. Forms use the same pattern language as the gazetteer
 * (space = whitespace, `~` = short inflected ending) plus `"` for an optional quotation mark,
 * so `Ауыл" партия` finds both `Ауыл партиясы` and `«Ауыл» партиясы`. A form written in
 * lowercase (мәслихат) matches any case; a capitalised one needs a capital in the text.
 */
export interface OrganisationEntry {
  id: string;
  name: { kk: string; ru: string };
  forms: { kk: readonly string[]; ru: readonly string[] };
}
