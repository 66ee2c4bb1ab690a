/**
 * Russian parties listed by their adjectives before one plural noun share it: "Гражданская и
 * Аграрная партии", "Гражданской, Аграрной и Народной партий". Each adjective is feminine singular
 * (each names one party) in any case, the list joined by commas and "и"; the noun is plural in
 * the case of the phrase. `singular` is what each listed adjective takes to be a party's name.
 */
const ADJ = String.raw`\p{Lu}\p{L}*(?:ая|яя|ой|ей|ую|юю)`;
export const RU_SHARED_PARTY_NOUN = {
  list: new RegExp(
    String.raw`(?<![\p{L}])((?:${ADJ}\s*,\s*)*${ADJ}\s+и\s+)${ADJ}\s+парти(?:и|й|ям|ями|ях)(?![\p{L}])`,
    'gu',
  ),
  listed: new RegExp(String.raw`(${ADJ})(?:\s*,\s*|\s+и\s+)`, 'gu'),
  singular: 'партия',
};
