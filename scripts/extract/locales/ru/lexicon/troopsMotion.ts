/**
 * Russian words of troops that arrive or leave (events/troopsMotion.ts): the troops' nouns in any
 * case and number ("контингент", "военнослужащие", "подразделения", "коллективные силы"),
 * peacekeepers by "миротвор-", and the verbs of motion by their stems: arriving "прибыли",
 * "прибывать", "прибудут", "прилетели", "вошли", "введены"; leaving "покинули", "покидают", "ушли",
 * "уйдут", "выведены", "отбыли", "вылетели", "вернулись".
 */
import type { TroopsCues } from '../../../events/troopsMotion';

export const RU_TROOPS: TroopsCues = {
  troops:
    /(?<!\p{L})(?:миротворц\p{L}*|контингент\p{L}*|войск\p{L}*|военнослужащ\p{L}*|подразделени\p{L}*|(?:коллективн|миротворческ|вооруж[её]нн|военн)\p{L}*\s+сил\p{L}*)/iu,
  peacekeeping: /(?<!\p{L})миротвор/iu,
  arrive: /^(?:прибы|прибуд|прилет|прилёт|вошл|войд|введ)\p{L}*$/iu,
  leave:
    /^(?:покин|покида|ушл|уш[её]л|уйд|уход|выв[её]д|вывел|отбы|отбуд|вылет|верн|возвращ)\p{L}*$/iu,
};
