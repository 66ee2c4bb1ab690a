/**
 * Nouns that a quoted title names as a work (an article, book, film, song, show, exhibition),
 * in any case or possessive form, and "атты" (named): «Абай және XXI ғасырдағы Қазақстан»
 * мақаласы. Not programmes or strategies, whose titled years are the plan's own dates
 * («2025 жылға дейінгі» бағдарлама).
 */
const WORK =
  /^(?:мақала|кітаб|кітап|роман|повес|әңгіме|фильм|өлең|ән(?:[іде]|$)|спектак|қойылым|көрме|жинағ|жинақ|монограф|очерк|эссе|туынды|поэма|дастан|сериал|альбом|атты$)/u;

const OPEN = /[«“„]/u;
const CLOSE = /[»”]/u;
/** A quoted title stays inside its sentence. */
const SENTENCE_END = /[.!?\n]/u;

/**
 * True when [start, end) of `text` lies inside quotes that close before a noun of a work:
 * "« Абай және жиырма бірінші ғасырдағы Қазақстан » мақаласын". The date there is a word of
 * the title (KazNERD marks the whole title as a work of art), not a time the text tells.
 * @example isInKkWorkTitle('« ХХІ ғасыр » кітабы', 2, 11) // true
 */
export function isInKkWorkTitle(text: string, start: number, end: number): boolean {
  let open = -1;
  for (let k = start - 1; k >= 0 && !SENTENCE_END.test(text[k]!); k--) {
    if (CLOSE.test(text[k]!)) return false;
    if (OPEN.test(text[k]!)) {
      open = k;
      break;
    }
  }
  if (open < 0) return false;
  let close = -1;
  for (let k = end; k < text.length && !SENTENCE_END.test(text[k]!); k++) {
    if (OPEN.test(text[k]!)) return false;
    if (CLOSE.test(text[k]!)) {
      close = k;
      break;
    }
  }
  if (close < 0) return false;
  const next = /^\s*([\p{L}-]+)/u.exec(text.slice(close + 1))?.[1]?.toLowerCase();
  return next !== undefined && WORK.test(next);
}
