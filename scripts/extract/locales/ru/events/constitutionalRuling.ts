/**
 * A ruling on whether a law or a norm conforms to the Constitution, in Russian: "Конституционный
 * суд признал закон … соответствующим Конституции", "нормы признаны не соответствующими
 * Конституции", "статья признана неконституционной", "постановил признать … противоречащим
 * Конституции". Only the Constitutional Court (before 2023 the Constitutional Council) finds so,
 * so the words tell its ruling whether it is named or not, in either voice: every gender and number
 * of the past ("признал", "признала", "признали") and of the short participle ("признан",
 * "признана", "признано", "признаны"), every ending of the participle after it. Not a ruling ahead
 * ("рассмотрит", "признает"): only the past tells one made. (Not "конституционным" alone, which
 * is as often the court's own name: "признан Конституционным судом …".)
 */
import { courtNames } from '../../kk/lexicon/courts';
import { T } from './triggerWords';

/** Conforming to the Constitution or not: "(не) соответствующим Конституции", "неконституционной". */
const CONFORMS = String.raw`(?:не\s*)?(?:соответствующ|противоречащ)${T}\s+(?:действующ${T}\s+)?Конституци${T}|неконституционн${T}`;
/** The court's past, the short passive, a ruling to find so ("постановил признать"). */
const FOUND = String.raw`(?:призна(?:л|ла|ло|ли)|(?:был[аио]?\s+)?признан[аоы]?|(?:постановил|решил)${T}\s+признать)`;
/** What was found so, between the verb and the finding ("закон «О выборах», принятый в 2023 году"). */
const BETWEEN = String.raw`(?:[\p{L}\p{N}«»"“”.,-]+\s+){0,12}?`;

/**
 * Or a court's normative resolution, told by its act: "Конституционный суд 5 марта принял
 * нормативное постановление по закону о выборах", "Конституционный совет вынес постановление о
 * Налоговом кодексе", "Верховный суд принял нормативное постановление по закону о выборах". A
 * resolution about a law is the court's ruling on it, not the law's adoption: the law's cue
 * ("закону", "Налоговому кодексу": up to two words after the preposition) lies inside this one and
 * is its topic (events/findTriggers.ts). The body is any court the organisations lexicon knows
 * (lexicon/courts.ts), its subject, the verb in every gender and number of the past; no
 * resolution ahead ("примет").
 */
const BODY = String.raw`(?:${courtNames('ru')})`;
const ADOPTED = String.raw`(?:принял[аио]?|вынес(?:л[аио])?|утвердил[аио]?)`;
const BY_RESOLUTION = String.raw`${BODY}\s+(?:[\p{L}\p{N}«»"“”.,-]+\s+){0,6}?${ADOPTED}\s+(?:сво[её]\s+)?(?:нормативн${T}\s+)?постановлени${T}(?:\s+(?:по|о|об)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+)?`;

export const RU_CONSTITUTIONAL_RULING = String.raw`(?:${FOUND}\s+${BETWEEN}(?:${CONFORMS})(?![\p{L}])|${BY_RESOLUTION})`;
/** The finding alone, or the resolution, which tells a court cue's step (lexicon/courtStep.ts). */
export const RU_CONFORMITY_FOUND = new RegExp(
  `(?<![\\p{L}])(?:${CONFORMS}|${BY_RESOLUTION})`,
  'iu',
);
