/**
 * Kazakh words that join the members of a list, as regexp alternations (events/jointSides.ts,
 * events/dateList.ts): two people as the sides of talks ("Тоқаев пен Путин"), dates of one list
 * ("2011 және 2015 жылдары"), dates each with its own place ("22 сәуірде Сәтбаев қаласында, ал 23
 * сәуірде Қаражалда").
 */

/** "and" as a word of its own. */
export const KK_AND_WORD = 'және';
/** "and, with", written apart from the word before, its form by that word's last sound. */
export const KK_WITH = 'мен|бен|пен';
/** Either "and": "мен"/"бен"/"пен" written apart, or "және". */
export const KK_AND = `${KK_WITH}|${KK_AND_WORD}`;
/** "мен" alone: after a locative's vowel ("Қаражалда") the comitative is never "бен"/"пен". */
export const KK_WITH_AFTER_VOWEL = 'мен';
/** "and, while": between two dates each with its own place. */
export const KK_WHILE = 'ал';
/** The place a date of a list has after it: a name of one or two words in the locative. */
export const KK_PLACE_IN = String.raw`\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+)?(?:да|де|та|те)(?![\p{L}\p{M}])`;
