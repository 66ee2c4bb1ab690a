/**
 * Adjectives that are part of a Russian post's title, not a description of its holder:
 * `Государственный секретарь`, `Первый Президент`, `первый заместитель`, `Генеральный секретарь`,
 * `Верховный комиссар`, `Чрезвычайный и Полномочный Посол`, `Федеральный канцлер`, `наследный
 * принц` (the heir, not any prince). Dropped, the post becomes another one (a `секретарь` is no
 * State Secretary). So is `бывший`: "бывший аким" holds no post now, and the bare `аким` would
 * tell a student he did. Words that only describe the holder are left out (`новый аким` is the
 * akim; `действующий` likewise).
 */

/** The stems of such adjectives, lower case. */
const TITLE_STEM =
  '(?:государственн|перв|генеральн|верховн|чрезвычайн|полномочн|специальн|постоянн|исполнительн|ответственн|федеральн|бывш|наследн)';

/** A masculine, feminine or neuter singular adjective ending, in any case. */
const ENDING = '(?:ый|ий|ого|его|ому|ему|ым|им|ом|ем|ая|яя|ой|ей|ую|юю)';

const TITLE_ADJECTIVE = new RegExp(`^${TITLE_STEM}${ENDING}$`, 'iu');

/** Whether `word` is an adjective of a post's title, in any case (`Государственного`, `первым`). */
export function isTitleAdjective(word: string): boolean {
  return TITLE_ADJECTIVE.test(word);
}

/** Masculine oblique endings that go back to the nominative. */
const OBLIQUE = /(?:ого|его|ому|ему|ым|им|ом|ем)$/u;

/**
 * A masculine title adjective in the nominative: `Государственного` → `Государственный`,
 * `бывшему` → `бывший` (after г, к, х and the hushing consonants -ий). Other forms stay as written.
 */
export function titleAdjectiveNominative(word: string): string {
  if (!isTitleAdjective(word) || !OBLIQUE.test(word)) return word;
  const stem = word.replace(OBLIQUE, '');
  return stem + (/[гкхжшчщ]$/u.test(stem) ? 'ий' : 'ый');
}
