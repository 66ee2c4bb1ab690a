/**
 * A reform told as carried out: "реформа была проведена в 2022 году", "в 2022 году прошла
 * конституционная реформа", "реформы, проведённой в 2019 году", "провели судебную реформу". The
 * noun alone is only a topic ("рассказал о реформе"); the verb of doing it, in the past (any
 * gender and number, finite or participle), makes it the event. Not the infinitive or the future:
 * "провести реформу" is a plan.
 */
import { re, W } from '../../../events/trigger';
import { T, GAP } from './triggerWords';

// Carried out, took place, implemented: past finite forms, short and full participles.
const DONE = String.raw`(?:пров[её]л(?:а|и|о)?|провед[её]н(?:а|о|ы)?|провед[её]нн${T}|прош(?:ла|ли|ло|[её]л)|прошедш${T}|осуществил(?:а|и|о)?|осуществл[её]н(?:а|о|ы)?|осуществл[её]нн${T}|реализова(?:л|ла|ли|ло|н|на|но|ны)|реализованн${T}|состоял(?:ась|ись|ся))(?![\p{L}])`;
// The noun as the verb's subject or object: nominative or accusative, one or many ("реформа",
// "реформу", "реформы"); not "о реформе", "в ходе реформ", which only name it.
const NOUN = String.raw`реформ(?:а|у|ы)(?![\p{L}])`;
// Between a verb and the noun after it: adjectives and a year only ("прошла конституционная
// реформа", "проведённая в 2022 году реформа"), not a preposition ("провёл совещание по реформе").
const MODIFIERS = String.raw`(?:(?:[\p{L}-]+(?<![нт]и)(?:ая|яя|ую|юю|ые|ие|ой|ей|ых|их)|в\s+\d{4}\s+году)\s+){0,3}`;

/** The noun and its verb of doing, either order. */
export const RU_REFORM_CARRIED_OUT = re(
  `${W}(?:${NOUN},?\\s+${GAP(4)}${DONE}|${DONE}\\s+${MODIFIERS}${NOUN})`,
);
