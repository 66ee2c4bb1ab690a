/**
 * Russian cues of a body starting its work from a day (events/startsWork.ts): "действует",
 * "работает", "заработал", "начал работу", "приступит к работе".
 */
export const RU_STARTS_WORK =
  /(?<![\p{L}])(?:действует|работает|заработа\p{L}*|(?:начал|начн[её]т|начина)\p{L}*\s+(?:свою\s+)?работу|приступ\p{L}*\s+к\s+работе)(?![\p{L}])/iu;
