/**
 * A Russian visit told by a verb of motion alone, with no "визит": "Токаев вылетел в Ташкент",
 * "Президент Франции поедет в Казахстан", "в Баку отправился премьер-министр". The destination is
 * a place of the gazetteer (a state, a capital, a town or a region) after "в/во", the verb one of
 * arriving, flying out, setting off or going, in every gender, number and tense. A weak cue: a
 * meeting or a signing the sentence tells is its news ("прилетел в Москву и встретился с …").
 *
 * Not a visit: what arrives is no person ("в Казахстан прибыл гуманитарный груз"), so the sentence
 * must name who travels (`RU_TRAVELLER`: a post, or a name written with capitals); nor a return
 * home ("вернулся в Астану": no verb of this list).
 */
import { GAZETTEER } from '../../../arguments/gazetteer';
import { re, W, type Trigger } from '../../../events/trigger';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** The gazetteer's Russian forms (stems where Russian declines the name), longest first. */
const PLACE = GAZETTEER.flatMap((e) => e.forms.ru)
  .sort((a, b) => b.length - a.length)
  .map((f) => escape(f).replace(/ /gu, '\\s+').replace(/~/gu, '\\p{L}{0,6}'))
  .join('|');

/** "в Москву", "во Францию", "в Республику Казахстан", "в город Шымкент". */
const TO_PLACE = String.raw`(?:в|во)\s+(?:город\s+)?(?:${PLACE})\p{L}{0,3}(?![\p{L}])`;

/** Past of every gender and number: the stem + л, ла, ло, ли (and -ся, -сь for a reflexive). */
const PAST = (stem: string, reflexive = false) =>
  reflexive ? `${stem}(?:лся|лась|лось|лись)` : `${stem}(?:л|ла|ло|ли)`;

/**
 * The verbs of motion: прибыть, прилететь, вылететь, отправиться, направиться, поехать, полететь,
 * приехать, отбыть; past, future, present and the converb.
 */
const MOTION = [
  PAST('прибы'),
  'прибуд(?:ет|ут)',
  'прибыва(?:ет|ют)',
  'прибыв',
  PAST('(?:при|вы|по)лете'),
  '(?:при|вы|по)лет(?:ит|ят)',
  '(?:при|вы)лета(?:ет|ют)',
  '(?:при|вы)летев',
  PAST('(?:от|на)прави', true),
  '(?:от|на)прав(?:ится|ятся|ившись)',
  '(?:от|на)правля(?:ется|ются)',
  PAST('(?:по|при)еха'),
  '(?:по|при)ед(?:ет|ут)',
  'приезжа(?:ет|ют)',
  PAST('отбы'),
  'отбуд(?:ет|ут)',
].join('|');

/** Up to two words between the verb and the place, or between the place and the verb. */
const GAP = String.raw`(?:[\p{L}-]+\s+){0,2}`;

/**
 * Who travels, in any case (case-sensitive: a name is written with capitals): a post ("Президент",
 * "глава государства", "делегация", "министр"), a name of two capitalised words ("Касым-Жомарт
 * Токаев", "Си Цзиньпин"), a surname ("Токаев", "Мирзиёев"), or "он/она/они" taking one up.
 */
export const RU_TRAVELLER = new RegExp(
  String.raw`(?<![\p{L}-])(?:[Пп]резидент|[Гг]лав[аыеу]\s+(?:государства|правительства|МИД)|[Пп]ремьер|[Мм]инистр|[Дд]елегаци|[Пп]редседател|[Кк]анцлер|[Кк]орол|[Сс]пикер|[Пп]осол|[Гг]енсек|[Дд]епутат|[Аа]ким|[Сс]енатор|[Вв]ице-)|(?<![\p{L}-])[Оо]н[аи]?(?![\p{L}])|(?<![\p{L}-])\p{Lu}[\p{Ll}-]+\s+\p{Lu}\p{Ll}+|(?<![\p{L}-])\p{Lu}\p{Ll}+(?:ов|ев|ёв|ин)(?:а|у|ым|ой|е)?(?![\p{L}])`,
  'u',
);

/** The cue: the verb of motion and the place, either order. */
export const RU_TRAVELLED_TO: Trigger = {
  type: 'meeting',
  facet: 'visit',
  pattern: re(
    `${W}(?:(?:${MOTION})\\s+${GAP}${TO_PLACE}|${TO_PLACE}\\s+${GAP}(?:${MOTION})(?![\\p{L}]))`,
  ),
  also: [RU_TRAVELLER],
  fallback: true,
};
