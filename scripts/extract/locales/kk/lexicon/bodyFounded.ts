/**
 * Kazakh words that tell a council itself founded, not a sitting of it (events/bodyFounded.ts):
 * the noun bare, possessive, accusative or genitive ("Құрылтай", "құрылтайы", "құрылтайды",
 * "құрылтайдың"), then up to four words, then a form of "құр" (to found): "Құрылтай 2022 жылы
 * құрылған", "құрылтайды құру туралы", "құрылтайдың құрылуы". Not the noun in a case of place or
 * direction ("құрылтайда жаңа партия құрылды": founded at a sitting), nor a sitting's noun, a word
 * in such a case or a comma between ("Құрылтай отырысында жұмыс тобы құрылды").
 */
const BETWEEN = String.raw`(?:\s+(?!(?:отырыс|сессия|жиын|мәжіліс|құрам|мүше)\p{L}*)(?![^\s]*(?:да|де|та|те|ға|ге|қа|ке|[,;])(?!\S))[\p{L}\d-]+){0,4}?`;
export const KK_BODY_FOUNDED = {
  ownCase: /^құрылтай(?:ы|ды|дың|ын|ының)?$/iu,
  after: new RegExp(
    String.raw`^${BETWEEN}\s+(?:құрыл(?:ды|ған|ады|мақ|атын|уы|уына)|құр(?:ды|ған|у|уды|уға))(?!\p{L})`,
    'iu',
  ),
  before: undefined,
};
