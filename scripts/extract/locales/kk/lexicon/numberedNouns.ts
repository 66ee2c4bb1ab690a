/**
 * Kazakh nouns a Roman numeral before them counts (`ІІ дәрежелі`, `VIII шақырылым`, `XXI ғасыр`):
 * after a capitalised word such a numeral is no monarch's number (arguments/regnalNumber.ts).
 */
export const KK_NUMBERED_NOUN =
  /^(?:дәреже|шақырылым|ғасыр|съез|сессия|кезең|сынып|санат|топ|том|бөлім|тарау)\p{Ll}*$/u;
