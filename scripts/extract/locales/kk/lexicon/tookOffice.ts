import { KK_POST_BECAME } from './postBecome';

/**
 * Kazakh cues of a post taken by its holder, the subject (events/tookOffice.ts): "қызметіне
 * кірісті", "лауазымына кірісті", "міндетін атқаруға кірісті" (took up his office, his duties), "Мәжіліс
 * төрағасы болды" (became it). No
 * one appointed him in that clause: who did is told elsewhere, if at all.
 */
export const KK_TOOK_OFFICE = new RegExp(
  String.raw`(?:(?:қызмет|лауазым)(?:ына|іне)|міндет(?:ін|терін)\s+атқаруға)\s+кіріс\p{L}*|${KK_POST_BECAME}`,
  'iu',
);
