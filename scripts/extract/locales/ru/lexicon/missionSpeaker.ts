/**
 * Russian cues of a mission that speaks (events/missionSpeaker.ts): "Миссия БДИПЧ ОБСЕ заявила",
 * "Наблюдательная миссия ОБСЕ сегодня сообщила". The subject is the nominative singular "миссия"
 * (the genitive "миссии" is another's possessor: "глава миссии заявил"); its adjectives agree with
 * it (feminine nominative, "-ая"/"-яя"), and its sender follows it in the genitive, which an
 * abbreviation does not show ("ОБСЕ", "СНГ").
 */
import type { MissionCues } from '../../../events/missionSpeaker';
import { RU_SPEAKER_ORG } from './speakerOrg';

export const RU_MISSION: MissionCues = {
  mission: /(?<![\p{L}])миссия(?![\p{L}])/giu,
  senderBefore: false,
  // (A feminine adjective in the nominative agrees with the mission: "Наблюдательная",
  // "Международная", "Совместная"; other words before it must tell the time alone.)
  lead(words) {
    const rest = words.filter((w) => !/^\p{L}+(?:ая|яя)$/iu.test(w));
    return rest.length === 0 || (RU_SPEAKER_ORG.beforeCaseless?.test(rest.join(' ')) ?? false);
  },
  // (The mission is feminine: a past-tense cue must be too, "заявила", not "заявили" or "заявил".)
  agrees: (cue) => {
    const g = RU_SPEAKER_ORG.verbGender(cue);
    return g === undefined || g === 'f';
  },
  afterMission: () => true,
  observers: /наблюд/iu,
  odihr: /БДИПЧ|ODIHR/u,
  clauseBreak: RU_SPEAKER_ORG.clauseBreak,
  maxWordsBetween: 12,
};
