/**
 * Kazakh cues of a post taken by its holder, the subject (events/tookOffice.ts): "қызметіне
 * кірісті", "лауазымына кірісті", "міндетін атқаруға кірісті" (took up his office, his duties). No
 * one appointed him in that clause: who did is told elsewhere, if at all.
 */
export const KK_TOOK_OFFICE =
  /(?:(?:қызмет|лауазым)(?:ына|іне)|міндет(?:ін|терін)\s+атқаруға)\s+кіріс\p{L}*/iu;
