/**
 * One place of the gazetteer. `forms` are written in a tiny pattern language so that the
 * lexicon stays readable: a space is any run of whitespace, `~` is a short inflected ending
 * inside a multi-word name (`Кызылординск~ област` = "Кызылординской области"), and every form
 * gets an inflection tail at its end, checked against the language's suffix inventory.
 */
export interface GazetteerEntry {
  id: string;
  kind: 'country' | 'region' | 'city';
  name: { kk: string; ru: string; en: string };
  forms: { kk: readonly string[]; ru: readonly string[] };
  /** Year the unit was created; older units win ambiguous branch codes such as ЖОФ. */
  since?: number;
}
