/**
 * Russian cues of one who attends a ceremony (events/attendees.ts) or a gathering
 * (events/attendedGathering.ts): "присутствовал", "принял участие", "примет участие",
 * "участвовал"; and the finite oath a clause tells its subject took ("принёс присягу", "вступил в
 * должность", not the noun in "церемония принесения присяги").
 */
import type { AttendanceCues } from '../../../events/attendees';

export const RU_ATTENDANCE: AttendanceCues = {
  attends:
    /(?<![\p{L}])(?:присутствова\p{L}*|присутству\p{L}*|принял[аи]?\s+участие|прим(?:ет|ут)\s+участие|принима\p{L}*\s+участие|участвова\p{L}*)(?![\p{L}])/iu,
  sworn:
    /(?<![\p{L}])(?:пр[ие]н[её]с(?:л[аи])?\s+(?:\p{L}+\s+)?присягу|присягу\s+(?:\p{L}+\s+)?пр[ие]н[её]с(?:л[аи])?|присягну\p{L}*|вступ(?:ил[аи]?|ает|ит)\s+в\s+должность)(?![\p{L}])/iu,
};
