/**
 * Russian writes its lists of regions as adjectives before one plural noun: "Абайская, Жетысуская и
 * Улытауская области", "в Акмолинской и Костанайской областях". Each listed adjective takes the
 * noun ("Абайская область"). The list (capitalised adjectives in -ск-/-цк- joined by commas and
 * "и") ends with the last adjective right before the plural noun; `noun` is what each one takes.
 */
const ADJECTIVE = String.raw`\p{Lu}\p{Ll}*(?:ск|цк)\p{Ll}+`;
export const RU_SHARED_UNIT_NOUN = new RegExp(
  String.raw`(?<![\p{L}])((?:${ADJECTIVE}\s*(?:,\s*|\s+и\s+))+)${ADJECTIVE}\s+(област|район)(?:и|ей|ям|ями|ях|ы|ов|ам|ами|ах)(?![\p{L}])`,
  'gu',
);
/** One listed adjective and what follows it in the list: its span is the adjective alone. */
export const RU_LISTED_NAME = new RegExp(`(${ADJECTIVE})\\s*(?:,\\s*|\\s+и\\s+)`, 'gu');
/** The noun a listed adjective takes: "област" → "область". */
export const RU_UNIT_SINGULAR: Record<string, string> = { област: 'область', район: 'район' };
