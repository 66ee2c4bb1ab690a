/**
 * Names listed before one plural unit noun share it: "Абай, Жетісу және Ұлытау облыстары",
 * "Ақтөбе мен Атырау облыстарында". The list (capitalised names of one or two words joined by
 * commas and "және", "мен/бен/пен") ends with the last name right before the plural noun;
 * `noun` is the singular each listed name takes ("Абай облысы").
 */
const NAME = String.raw`\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?`;
export const KK_SHARED_UNIT_NOUN = new RegExp(
  String.raw`(?<![\p{L}])((?:${NAME}\s*(?:,\s*|\s+(?:және|мен|бен|пен)\s+))+)${NAME}\s+(облыс|аудан)(?:тар|дар)\p{L}*`,
  'gu',
);
/** One listed name and what follows it in the list: its span is the name alone. */
export const KK_LISTED_NAME = new RegExp(
  `(${NAME})\\s*(?:,\\s*|\\s+(?:және|мен|бен|пен)\\s+)`,
  'gu',
);
/** The singular noun a listed name takes: "облыс" → "облысы". */
export const KK_UNIT_SINGULAR: Record<string, string> = { облыс: 'облысы', аудан: 'ауданы' };
