/**
 * Russian heads of two states in one plural noun, the states after it in the genitive:
 * "Президенты Казахстана и Узбекистана договорились", "Главы государств России и Китая …",
 * "Лидеры Турции и Азербайджана …". The genitive of a state's name is made by its ending
 * (ruStateGenitive); the pair then stands for the two states as their nominatives do
 * (events/statesAgree.ts).
 */

/** The plural heads: presidents, heads of state or government, leaders, prime ministers. */
export const RU_STATE_HEADS = String.raw`(?:президенты|главы\s+(?:государств|правительств)|лидеры|премьер-министры)`;

/** A stem whose vowel drops or whose gender its ending does not tell. */
const IRREGULAR: Record<string, string> = { египет: 'египта', израиль: 'израиля' };

/** One word's genitive singular by its ending. */
function wordGenitive(word: string): string {
  const lower = word.toLowerCase();
  if (IRREGULAR[lower]) return IRREGULAR[lower]!;
  // (Capitals of an abbreviation and a final vowel of a loan do not inflect: "США", "Токио".)
  if (word === word.toUpperCase() || /[оеиуэю]$/u.test(lower)) return lower;
  // (An adjective before its noun: "Саудовская" -> "Саудовской".)
  if (/ая$/u.test(lower)) return lower.replace(/ая$/u, 'ой');
  if (/я$/u.test(lower)) return lower.replace(/я$/u, 'и');
  // (After г, к, х and the hushing consonants -и, else -ы: "Польши", "Литвы", "Украины".)
  if (/[гкхжшчщ]а$/u.test(lower)) return lower.replace(/а$/u, 'и');
  if (/а$/u.test(lower)) return lower.replace(/а$/u, 'ы');
  if (/ь$/u.test(lower)) return lower.replace(/ь$/u, 'и');
  if (/й$/u.test(lower)) return lower.replace(/й$/u, 'я');
  return `${lower}а`;
}

/** A state's name in the genitive, lower case: "Казахстан" -> "казахстана", "Россия" -> "россии". */
export function ruStateGenitive(name: string): string {
  return name.split(' ').map(wordGenitive).join(' ');
}
