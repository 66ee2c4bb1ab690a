/**
 * Russian countdowns: "за 20 дней до выборов", "за два месяца до президентских выборов". What
 * stands before the cue: "за", a count, a unit of time and "до", with up to two words of the
 * noun's phrase between ("до дня выборов", "до президентских выборов").
 */
const L = String.raw`[\p{L}\d-]`;
export const RU_COUNTDOWN_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])за\s+(?:${L}+\s+)?(?:дн(?:я|ей)|день|сут(?:ки|ок)|недел${L}*|месяц${L}*|час${L}*|год${L}*|лет)\s+до\s+(?:${L}+\s+){0,2}$`,
  'iu',
);
