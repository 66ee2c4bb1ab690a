/**
 * Kazakh words of a year given a name (events/yearNamed.ts): "2026 жыл(ды) Жұмысшы мамандықтары
 * жылы деп жарияланды", "«Цифрландыру жылы» болып жарияланды". The name is the words before "жылы
 * деп/болып", after the year named (or in quotes); done by a past "жарияланды", "жарияланған",
 * "жариялады", or the perfect "жариялап отыр", which alone tells it as the article's news outside
 * its lead.
 */
import type { YearNamedCues } from '../../../events/yearNamed';

/** The complement that gives a year its name, "… жылы деп/болып": also what keeps the year named
 * from framing the sentence's other dates (kkSentenceYear.ts). */
export const KK_YEAR_NAMING = /жылы[»"]?\s+(?:деп|болып)(?![\p{L}])/iu;

export const KK_YEAR_NAMED: YearNamedCues = {
  cheap: KK_YEAR_NAMING,
  // (A date between the year named and its name, "2026 жылды 5 наурызда" or "кеше Жұмысшы
  // мамандықтары жылы деп", is the act's: the name opens at its capital, as a year's name is
  // written, or at its quote; from the start only where no capital follows.)
  name: /(?:^(?![^«"]*\p{Lu})|[«"]|(?<!\p{L})(?=\p{Lu}))\s*([^\d.,;:!?«»"]+?)\s+жылы[»"]?\s+(?:деп|болып)\s*$/u,
  nameAfterCue: false,
  // (Four digits, or a year told by a word: "келесі жылды". In the nominative, the passive's
  // subject, or the accusative, the active's object: "2024 жылы" is a time, the act's own date.)
  year: /(?<![\p{L}\p{N}])(?:(\d{4})|келесі|алдағы|биылғы|осы|ағымдағы)\s+жыл(?:ды)?(?!\p{L})/iu,
  done: /(?:ды|ді|ты|ті|ған|ген|қан|кен|п\s+отыр\p{L}*)$/iu,
  ahead: /(?!)/u,
  // (The perfect with "отыр", "жариялап отыр", "жарияланып отыр": news, not a recall.)
  news: /^\p{L}*п\s+отыр/iu,
};
