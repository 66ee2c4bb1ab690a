/**
 * Kazakh words of troops that arrive or leave (events/troopsMotion.ts): the troops' nouns in any
 * case and number ("контингенті", "әскерлері", "ұжымдық күштер"), peacekeepers by "бітімгер-", and
 * the verbs of motion by their stems and endings: arriving "келді", "келе (бастады)", "келеді",
 * "кірді", "енгізілді"; leaving "кетті", "шығып (кетті)", "шықты", "шығарылды" (withdrawn),
 * "аттанды", "оралды". The active "шығарды" is left out: it also issues a decree.
 */
import type { TroopsCues } from '../../../events/troopsMotion';

// ("әскери", the adjective, names no troops: "әскери қызметке келді".)
const TROOPS = String.raw`(?:бітімгер\p{L}*|контингент\p{L}*|әскер(?!и(?![\p{L}]))\p{L}*|(?:ұжымдық|бітімгершілік|қарулы)\s+күш\p{L}*)`;
const ARRIVE = String.raw`(?:кел(?:ді|еді|е|іп|ген|уі|у|уде|мек|етін)|кір(?:ді|еді|іп|ген)|енгізіл\p{L}*)`;
const LEAVE = String.raw`(?:кет(?:ті|еді|е|іп|кен|уі|у|пек)|шығ(?:ып|ады|а|уы|у|арыл\p{L}*)|шықт\p{L}*|аттан\p{L}*|орал(?:ды|ады|ып)|қайт(?:ты|ады|ып))`;

export const KK_TROOPS: TroopsCues = {
  troops: new RegExp(String.raw`(?<!\p{L})${TROOPS}`, 'iu'),
  peacekeeping: /(?<!\p{L})бітімгер/iu,
  arrive: new RegExp(`^${ARRIVE}$`, 'iu'),
  leave: new RegExp(`^${LEAVE}$`, 'iu'),
};

/**
 * Troops in motion as a cue of its own (the troops trigger, triggersDatedSteps.ts): their noun,
 * then a verb of motion of the same clause (Kazakh puts the verb last): "бітімгершілік күштері
 * Алматыға келеді", wherever the clause starts.
 */
export const KK_TROOPS_IN_MOTION = String.raw`${TROOPS}(?:[^\S\n]+[^\s,;:.!?]+){0,5}?[^\S\n]+(?:${ARRIVE}|${LEAVE})(?![\p{L}])`;
