/**
 * Kazakh cues of a mission that speaks (events/missionSpeaker.ts): "ЕҚЫҰ ДИАҚБ миссиясы
 * мәлімдеді", "Халықаралық бақылаушылар миссиясы мәлімдеме жасады". The subject is the nominative,
 * bare or with the possessive of its sender ("миссия", "миссиясы", "миссиялары"; not "миссиясының",
 * "миссиясына"); its sender stands before it, as it stands or in the genitive ("ЕҚЫҰ-ның").
 */
import type { MissionCues } from '../../../events/missionSpeaker';
import { KK_SPEAKER_ORG } from './speakerOrg';

export const KK_MISSION: MissionCues = {
  mission: /(?<![\p{L}])миссия(?:сы|лары)?(?![\p{L}-])/giu,
  senderBefore: true,
  // (The words before the mission in its clause are its modifiers: any but a role noun.)
  lead: () => true,
  agrees: () => true,
  // (The mission is not the subject when the next word makes it a possessor, "миссиясы басшысы",
  // or its postposition's object, "миссиясы туралы".)
  afterMission(next) {
    if (!next) return true;
    if (KK_SPEAKER_ORG.postposition?.test(next)) return false;
    return !(KK_SPEAKER_ORG.possessed?.test(next) ?? false);
  },
  observers: /бақыла|байқа/iu,
  odihr: /ДИА[ҚК]Б|ODIHR/u,
  clauseBreak: KK_SPEAKER_ORG.clauseBreak,
  maxWordsBetween: 12,
};
