/**
 * A Kazakh name written as the object of a verb, in the accusative ("Перуашевті", "Әбенованы"):
 * the one acted on, not the one who acts. (A nominative never ends so.)
 */
const KK_ACCUSATIVE = /(?:ны|ні|ды|ді|ты|ті)$/u;

export function isKkAccusativeName(written: string, name: string): boolean {
  return KK_ACCUSATIVE.test(written) && !KK_ACCUSATIVE.test(name);
}
