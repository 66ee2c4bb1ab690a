/**
 * Kazakh words of troops that arrive or leave (events/troopsMotion.ts): the troops' nouns in any
 * case and number ("контингенті", "әскерлері", "ұжымдық күштер"), peacekeepers by "бітімгер-", and
 * the verbs of motion by their stems and endings: arriving "келді", "келе (бастады)", "келеді",
 * "кірді", "енгізілді"; leaving "кетті", "шығып (кетті)", "шықты", "шығарылды" (withdrawn),
 * "аттанды", "оралды". The active "шығарды" is left out: it also issues a decree.
 */
import type { TroopsCues } from '../../../events/troopsMotion';

export const KK_TROOPS: TroopsCues = {
  troops:
    /(?<!\p{L})(?:бітімгер\p{L}*|контингент\p{L}*|әскер\p{L}*|(?:ұжымдық|бітімгершілік|қарулы)\s+күш\p{L}*)/iu,
  peacekeeping: /(?<!\p{L})бітімгер/iu,
  arrive: /^(?:кел(?:ді|еді|е|іп|ген|уі|у|уде|мек|етін)|кір(?:ді|еді|іп|ген)|енгізіл\p{L}*)$/iu,
  leave:
    /^(?:кет(?:ті|еді|е|іп|кен|уі|у|пек)|шығ(?:ып|ады|а|уы|у|арыл\p{L}*)|шықт\p{L}*|аттан\p{L}*|орал(?:ды|ады|ып)|қайт(?:ты|ады|ып))$/iu,
};
