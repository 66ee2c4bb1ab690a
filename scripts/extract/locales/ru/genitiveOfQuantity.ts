/**
 * A capitalised word in -ов/-ев opening a sentence that counts something: "Вопросов было много",
 * "Депутатов не было", "Случаев не выявлено", "Поводов нет". It is a noun's genitive plural, no
 * surname: a man's surname in the nominative, the subject, agrees with a masculine singular verb
 * ("Иванов был", "Иванов заявил"), while this word stands beside a neuter predicate (`было`,
 * `стало`, `выявлено`) or a quantity word closing the clause (`много`, `нет`). (Not a plural
 * verb: a surname joined to another takes one, "Лукашенко и Жапаров провели".) For
 * locales/ru/personNames.ts.
 */

/** The shape the rule reads: a masculine surname's nominative, a noun's genitive plural. */
const OV_FORM = /^\p{Lu}\p{Ll}{2,}(?:ов|ев|ёв)$/u;

/** Particles and adverbs between the word and its predicate ("Вопросов уже не было"). */
const PARTICLE =
  /^(?:не|ни|уже|ещё|еще|всё|тоже|также|даже|пока|по-прежнему|сразу|явно|заметно|гораздо|значительно|намного|вновь|снова|опять)$/u;

/** Words of quantity that are the predicate ("Вопросов много", "Поводов нет"). */
const QUANTITY =
  /^(?:много|мало|немало|немного|больше|меньше|множество|масса|полно|достаточно|предостаточно|хватает|хватало|нет|столько|несколько)$/u;

/**
 * A neuter past (`было`, `стало`, `поступило`, `осталось`) or a neuter short passive (`выявлено`,
 * `зарегистрировано`, `принято`, `открыто`): no masculine subject takes either.
 */
const NEUTER = /^\p{Ll}{2,}(?:ло|лось)$|^\p{Ll}{3,}(?:[ае]но|ято|ыто|ито|уто|ото)$/u;

/**
 * Whether the lone capitalised word `written`, followed by `after` and then the words `rest`, is
 * a counted noun's genitive plural (see above). A quantity word counts only where its clause ends
 * in it (nothing after, or a capitalised word that opens the next sentence): "Иванов много
 * работал" names a man.
 */
export function isGenitiveOfQuantity(
  written: string,
  after: string | undefined,
  rest: readonly string[] = [],
): boolean {
  if (after === undefined || !OV_FORM.test(written)) return false;
  const words = [after, ...rest];
  let counted = false;
  for (const word of words.slice(0, 4)) {
    if (NEUTER.test(word)) return true;
    if (QUANTITY.test(word)) counted = true;
    else if (!PARTICLE.test(word)) return counted && /^\p{Lu}/u.test(word);
  }
  return counted && words.length <= 4;
}
