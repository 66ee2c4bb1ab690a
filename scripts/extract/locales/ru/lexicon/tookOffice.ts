/**
 * Russian cues of a post taken by its holder, the subject (events/tookOffice.ts): "стал
 * председателем", "новым акимом стала …", "станет главой" (the post in the instrumental,
 * events/postInstrumental.ts), "вступил в должность", "приступил к (исполнению) обязанностям",
 * "занял пост". No one appointed him in that clause: who did is told elsewhere, if at all.
 */
export const RU_TOOK_OFFICE =
  /(?<![\p{L}])(?:стал[аио]?|стан(?:ет|ут)|вступ\p{L}*\s+в\s+должность|приступ\p{L}*\s+к\s+(?:исполнению\s+)?обязанност\p{L}*|заня(?:л|ла|ли|в)\s+(?:[\p{L}-]+\s+)?(?:пост|должность))(?![\p{L}])/iu;
