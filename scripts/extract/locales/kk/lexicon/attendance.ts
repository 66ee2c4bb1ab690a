/**
 * Kazakh cues of one who attends a ceremony (events/attendees.ts) or a gathering
 * (events/attendedGathering.ts): "рәсімге қатысты", "қатысқан", "қатыспақ", "куә болды"; and the
 * finite oath a clause tells its subject took ("ант берді", not the noun in "ант беру рәсіміне").
 */
import type { AttendanceCues } from '../../../events/attendees';

export const KK_ATTENDANCE: AttendanceCues = {
  attends:
    /(?<![\p{L}])(?:қатыс(?:ты|ып|қан|ады|уда|ушы|пақ)\p{L}*|куә\s+бол(?:ды|ып|ған))(?![\p{L}])/iu,
  sworn:
    /(?<![\p{L}])(?:ант\s+бер(?:ді|еді|іп|ген|мек)|қызметіне\s+кіріс(?:ті|іп|кен))(?![\p{L}])/iu,
};
