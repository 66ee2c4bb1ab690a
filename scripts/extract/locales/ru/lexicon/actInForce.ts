/**
 * Russian words of an act coming into force (events/actInForce.ts): "Постановление Правительства
 * вступило в силу", "указ Президента вступает в силу 1 апреля", "распоряжение вступит в силу со
 * дня подписания". The act is their subject: up to six words between that name no law, no court,
 * no relative clause and no act it is done by ("закон, принятый согласно указу, вступил в силу").
 */
import type { ActInForceCues } from '../../../events/actInForce';

const GAP = String.raw`\s+(?:(?!закон|кодекс|поправк|суд|котор|согласно|соответстви|во\s+исполнение)[\p{L}\p{N}«»"“”.-]+\s+){0,6}$`;

export const RU_ACT_IN_FORCE: ActInForceCues = {
  inForce: /(?<![\p{L}])вступ\p{L}*\s+в\s+силу/giu,
  acts: [
    ['decree', new RegExp(String.raw`(?<![\p{L}])указ(?:ы|а)?${GAP}`, 'iu')],
    ['resolution', new RegExp(String.raw`(?<![\p{L}])постановлени(?:е|я)${GAP}`, 'iu')],
    ['order', new RegExp(String.raw`(?<![\p{L}])распоряжени(?:е|я)${GAP}`, 'iu')],
  ],
  government: /(?<![\p{L}])(?:Правительств|кабмин|Кабинет\p{L}*\s+министр)\p{L}*/iu,
};
