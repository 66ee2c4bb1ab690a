/**
 * Russian cues of a pronoun that says (events/pronounSpeaker.ts): "— заявила она 11 марта", "На
 * брифинге он заявил …". "он", "она", "оно", "они" are nominative forms (the oblique ones are
 * "его", "её", "ему", "ним" …), so the word alone shows the subject; its gender and number pick the
 * antecedent, and a past-tense cue agrees with it ("заявила она", not "заявил она").
 */
import type { PronounCues } from '../../../events/pronounSpeaker';
import { isFemaleName } from '../../../events/names';
import { ruGender } from '../../../events/speakerOrg';
import { RU_SPEAKER_ORG } from './speakerOrg';

const GENDER = { он: 'm', она: 'f', оно: 'n', они: 'plural' } as const;

export const RU_PRONOUN_SPEAKER: PronounCues = {
  cheap: /(?<![\p{L}])он[оаи]?(?![\p{L}])/iu,
  pronoun: /(?<![\p{L}])(?:он|она|оно|они)(?![\p{L}])/giu,
  gender: (p) => GENDER[p.toLowerCase() as keyof typeof GENDER],
  agrees(cue, g) {
    const v = RU_SPEAKER_ORG.verbGender(cue);
    return v === undefined || v === g;
  },
  subject: () => true,
  clauseBreak: RU_SPEAKER_ORG.clauseBreak,
  // (A person: "она" is a woman, "он" a man; a post is named by a masculine noun whoever holds it.)
  person: (name, g) => (g === 'f' ? isFemaleName(name) : g === 'm' && !isFemaleName(name)),
  post: (g) => g === 'm' || g === 'f',
  // (A body by its noun's gender: "правительство" is "оно", "комиссия" "она", "Сенат" "он".)
  org: (written, g) => ruGender(written) === g,
  possessed: undefined,
};
