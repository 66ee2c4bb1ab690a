/**
 * "Тиісті Жарлыққа 3 маусымда қол қойылды": the act that made the news told just before (a
 * dismissal, an appointment), so its date is that news's (events/toldDates.ts). Only acts a state
 * body issues, in any case ("Тиісті жарлық", "тиісті қаулыға", "тиісті өкіммен"), not "тиісті
 * органдар" or "тиісті шаралар".
 */
export const KK_RELEVANT_ACT =
  /(?<![\p{L}\p{M}])тиісті\s+(?:жарлы[қғ]|қаулы|өкім|бұйры[қғ]|шешім)[\p{L}]*/iu;
