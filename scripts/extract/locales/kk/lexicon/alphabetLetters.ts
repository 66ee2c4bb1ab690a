/**
 * Letters that tell a Kazakh word from a loan, for names written in Cyrillic: Kazakh's own
 * letters, which no Russian or Western name has, and the letters or signs Kazakh roots do not
 * have (`Шольц`, `Мерц`, `Блэр`, `Вэнс`, `Шрёдер`, `Мишель`).
 */
export const KAZAKH_LETTER = /[әғқңөұүһі]/u;
export const FOREIGN_LETTER = /[ьъэцфвщчё]/u;
