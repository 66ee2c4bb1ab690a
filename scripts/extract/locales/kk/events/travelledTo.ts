/**
 * A Kazakh visit told by a verb of motion alone, with no "сапар": "Франция Президенті Эммануэль
 * Макрон Қазақстанға келеді", "Тоқаев Мәскеуге барды", "Мемлекет басшысы Ташкентке ұшып барды",
 * "Президент Түркияға аттанды". The destination is a place of the gazetteer (a state, a capital,
 * a town or a region) in the dative, the verb келу, бару, ұшу or аттану in any form that tells the
 * act (verbForms.ts: -ды, -ған, -мақ, -ады, -атын, -ып). A weak cue: a meeting or a signing the
 * sentence tells is its news ("Мәскеуге барып, Путинмен кездесті").
 *
 * Not a visit: what comes is no person ("Қазақстанға инвестиция келді", "туристер келді"), so the
 * sentence must name who travels in the nominative: a post, a surname, or a name of two words
 * (`TRAVELLER`); nor a return home ("елге оралды": оралу is no verb of this list); nor a motion
 * verb as the auxiliary of another ("Қазақстанға қауіп төніп келеді", it has been approaching).
 */
import { GAZETTEER } from '../../../arguments/gazetteer';
import { re, W, type Trigger } from '../../../events/trigger';
import { kkVerb } from './verbForms';
import { KK_FOREIGN_SURNAME } from '../foreignSubject';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** The gazetteer's Kazakh names, longest first, a space as any run of it. */
const PLACE = GAZETTEER.flatMap((e) => e.forms.kk)
  .filter((f) => !f.includes('~'))
  .sort((a, b) => b.length - a.length)
  .map((f) => escape(f).replace(/ /gu, '\\s+'))
  .join('|');

/**
 * The dative on the name's last word, after a possessive where the name ends in a noun of its own
 * ("Қазақстан Республикасына", "Түркістан облысына", "Шымкент қаласына"), after a hyphen on an
 * abbreviation ("АҚШ-қа", "БАӘ-ге"); -ға/-ге after a voiced sound, -қа/-ке after a voiceless one.
 */
const DATIVE = String.raw`(?:\s+(?:қала|облыс))?-?(?:(?:с)?[ыі]?(?:на|не)|ға|ге|қа|ке)(?![\p{L}])`;

/** The verbs of motion to a place, in every form that tells the act. */
const MOTION = ['кел', 'бар', 'ұш', 'аттан'].map((stem) => kkVerb(stem)).join('|');

/**
 * The verb alone, or after the converb of another verb of motion ("ұшып барды", "барып келді"),
 * never after any other converb, whose auxiliary it is ("төніп келеді", "сайлап келді": has been
 * electing).
 */
const AFTER_MOTION_OR_NONE = String.raw`(?:(?:ұшып|барып|келіп|аттанып)\s+|(?<!п\s+))`;
const MOVED = String.raw`${AFTER_MOTION_OR_NONE}(?:${MOTION})`;
/** An arrival told by "келу" (triggersHearingsVisitsDiplomacy.ts), by the same rule. */
export const KK_ARRIVED = String.raw`${AFTER_MOTION_OR_NONE}(?:келді|келеді|келмек)`;

/** Words between the place and the verb: a manner ("ресми сапармен", "іссапармен"), the traveller. */
const GAP = String.raw`(?:[\p{L}\p{N}«»"“”.,-]+\s+){0,5}`;

/**
 * Who travels, in the nominative (case-sensitive: a name is written with a capital): a post, bare
 * or with its possessive ("Президент", "Мемлекет басшысы", "министрі", "делегациясы"), a surname
 * ("Тоқаев", "Путин", "Тоқаева", "Мұхамедұлы"), or a name of two words in the nominative
 * ("Эммануэль Макрон", "Си Цзиньпин"), or a lone foreign surname, by a loan's letters
 * ("Макрон Астанаға келді", not "Биыл Астанаға …": locales/kk/foreignSubject.ts).
 */
const POSTS = String.raw`(?:[Дд]елегация|[Пп]резидент|[Бб]асшы|[Пп]ремьер|[Кк]анцлер|[Кк]ороль|[Мм]инистр|[Тт]өраға|[Әә]кім|[Дд]епутат|[Ее]лші|[Сс]пикер|[Хх]атшы|[Сс]енатор|[Ээ]мир|[Сс]ұлтан|[Гг]убернатор|[Вв]ице-президент)`;
const NOMINATIVE_POST = String.raw`${POSTS}(?:-министр)?(?:лар|лер|дар|дер|тар|тер)?(?:с?[ыі])?(?![\p{L}-])`;
const SURNAME = String.raw`\p{Lu}\p{Ll}+(?:ов|ев|ёв|ин|ова|ева|ёва|ина|ұлы|қызы)(?![\p{L}-])`;
const OBLIQUE = String.raw`(?:ға|ге|қа|ке|на|не|да|де|та|те|дан|ден|тан|тен|нан|нен|ның|нің|дың|дің|тың|тің|ны|ні|ды|ді|ты|ті|мен|бен|пен)`;
/** (Neither word in an oblique case, nor the second a place: "Биыл Қазақстанға", "Кеше Алматы қаласына".) */
const NOMINATIVE_WORD = String.raw`\p{Lu}[\p{Ll}-]+(?<!${OBLIQUE})(?![\p{L}-])`;
const TWO_WORD_NAME = String.raw`(?<![\p{L}-])${NOMINATIVE_WORD}\s+(?!(?:${PLACE})(?![\p{L}]))${NOMINATIVE_WORD}`;
export const KK_TRAVELLER = new RegExp(
  `(?<![\\p{L}-])${NOMINATIVE_POST}|(?<![\\p{L}-])${SURNAME}|${TWO_WORD_NAME}|(?<![\\p{L}-])${KK_FOREIGN_SURNAME}`,
  'u',
);

/** The cue: a place in the dative, then the verb of motion within its clause. */
export const KK_TRAVELLED_TO: Trigger = {
  type: 'meeting',
  facet: 'visit',
  pattern: re(`${W}(?:${PLACE})${DATIVE}\\s+${GAP}${MOVED}`),
  also: [KK_TRAVELLER],
  fallback: true,
};
