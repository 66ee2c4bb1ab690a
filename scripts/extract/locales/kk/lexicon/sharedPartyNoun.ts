/**
 * Kazakh parties listed before one plural noun share it: "Азаматтық және Аграрлық партиялар",
 * "Азаматтық, Аграрлық және Халық партияларының". The list is of capitalised words (one or two each) joined by
 * commas and "және", "мен/бен/пен"; the noun is plural with any case. `singular` is what each
 * listed name takes to be a party's name ("Азаматтық партия").
 */
// (One word or two: "Қазақстан Халық партиялары".)
const NAME = String.raw`\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)?`;
const JOIN = String.raw`(?:\s*,\s*|\s+(?:және|мен|бен|пен)\s+)`;
export const KK_SHARED_PARTY_NOUN = {
  list: new RegExp(String.raw`(?<![\p{L}])((?:${NAME}${JOIN})+)${NAME}\s+партиялар\p{L}*`, 'gu'),
  listed: new RegExp(`(${NAME})${JOIN}`, 'gu'),
  singular: 'партия',
};
