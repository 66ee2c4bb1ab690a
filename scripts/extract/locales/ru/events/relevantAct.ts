/**
 * "Соответствующий указ подписан 3 июня": the act that made the news told just before (a dismissal,
 * an appointment), so its date is that news's (events/toldDates.ts). Only acts a state body issues.
 */
export const RU_RELEVANT_ACT =
  /(?<![\p{L}\p{M}])соответствующ[\p{L}]*\s+(?:указ|постановлени|распоряжени|приказ|решени)[\p{L}]*/iu;
