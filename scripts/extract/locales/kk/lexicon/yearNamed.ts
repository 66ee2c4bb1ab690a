/**
 * Kazakh words of a year given a name (events/yearNamed.ts): "2026 жыл(ды) Жұмысшы мамандықтары
 * жылы деп жарияланды", "«Цифрландыру жылы» болып жарияланды". The name is the words before "жылы
 * деп/болып", after the year named (or in quotes); done by a past "жарияланды", "жарияланған",
 * "жариялады", or the perfect "жариялап отыр".
 */
import type { YearNamedCues } from '../../../events/yearNamed';

export const KK_YEAR_NAMED: YearNamedCues = {
  cheap: /жылы[»"]?\s+(?:деп|болып)/iu,
  name: /(?:^|[«"])\s*([^\d.,;:!?«»"]+?)\s+жылы[»"]?\s+(?:деп|болып)\s*$/iu,
  nameAfterCue: false,
  // (Four digits, or a year told by a word: "келесі жылды".)
  year: /(?<![\p{L}\p{N}])(?:(\d{4})|келесі|алдағы|биылғы|осы|ағымдағы)\s+жыл(?:ды|ы)?(?!\p{L})/iu,
  done: /(?:ды|ді|ты|ті|ған|ген|қан|кен|п\s+отыр\p{L}*)$/iu,
  ahead: /(?!)/u,
};
