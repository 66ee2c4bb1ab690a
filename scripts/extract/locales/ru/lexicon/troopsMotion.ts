/**
 * Russian words of troops that arrive or leave (events/troopsMotion.ts): the troops' nouns in any
 * case and number ("контингент", "военнослужащие", "подразделения", "коллективные силы"),
 * peacekeepers by "миротвор-", and the verbs of motion by their stems: arriving "прибыли",
 * "прибывать", "прибудут", "прилетели", "вошли", "введены"; leaving "покинули", "покидают", "ушли",
 * "уйдут", "выведены", "отбыли", "вылетели", "вернулись".
 */
import type { TroopsCues } from '../../../events/troopsMotion';

const TROOPS = String.raw`(?:миротворц\p{L}*|контингент\p{L}*|войск\p{L}*|военнослужащ\p{L}*|подразделени\p{L}*|(?:коллективн|миротворческ|вооруж[её]нн|военн)\p{L}*\s+сил\p{L}*)`;
const ARRIVE = String.raw`(?:прибы|прибуд|прилет|прилёт|вошл|войд|введ)\p{L}*`;
const LEAVE = String.raw`(?:покин|покида|ушл|уш[её]л|уйд|уход|выв[её]д|вывел|отбы|отбуд|вылет|верн|возвращ)\p{L}*`;

export const RU_TROOPS: TroopsCues = {
  troops: new RegExp(String.raw`(?<!\p{L})${TROOPS}`, 'iu'),
  peacekeeping: /(?<!\p{L})миротвор/iu,
  arrive: new RegExp(`^${ARRIVE}$`, 'iu'),
  leave: new RegExp(`^${LEAVE}$`, 'iu'),
};

/**
 * Troops in motion as a cue of its own (the troops trigger, triggersCongressesAndVotes.ts): their
 * noun and a verb of motion in one clause, in either order ("подразделения миротворческих сил
 * прибудут в Алматы", "в страну начали прибывать миротворцы"), wherever the clause starts.
 */
export const RU_TROOPS_IN_MOTION = String.raw`(?:${TROOPS}(?:[^\S\n]+[^\s,;:.!?]+){0,5}?[^\S\n]+(?:${ARRIVE}|${LEAVE})|(?:${ARRIVE}|${LEAVE})(?:[^\S\n]+[^\s,;:.!?]+){0,3}?[^\S\n]+${TROOPS})(?![\p{L}])`;
