/**
 * A ruling on whether a law or a norm conforms to the Constitution, in Kazakh: "заңды Конституцияға
 * сәйкес деп таныды", "нормасын Конституцияға сәйкес емес деп таныды", "Конституцияға қайшы деп
 * танылды", "конституциялық емес деп тапты". Only the Constitutional Court (before 2023 the
 * Constitutional Council) finds so, so the words tell its ruling whether it is named or not, in
 * either voice and every form that reports the act: the past ("таныды", "танылды"), the perfect
 * ("таныған", "танылған еді"), the converb ("деп танып, …"), or its resolution adopted ("деп тану
 * туралы нормативтік қаулы қабылдады"). Not one ahead ("қарайды", "танымақ").
 * A conformity to the Constitution only: "заңға сәйкес" alone is how a thing is done, no ruling.
 */
import { courtNames } from '../lexicon/courts';
import { kkVerb } from './verbForms';

/** Conforming or not: "сәйкес", "сай", "сәйкес келеді", "сәйкес емес", "сәйкес келмейді", "қайшы". */
const CONFORMS = String.raw`(?:толық\s+)?(?:(?:сәйкес|сай)(?:\s+(?:емес|келеді|келмейді))?|қайшы(?:\s+(?:келеді|емес))?)`;
const REPORTED = { voice: 'both', forms: ['past', 'perfect', 'converb'] } as const;
/** Found so: "деп таныды", "деп танылды", "деп тапты", "деп табылды". */
const FOUND = `(?:${kkVerb('таны', REPORTED)}|${kkVerb('тап', REPORTED)})`;
/** The finding: conforming to the Constitution or not, or unconstitutional. */
const FINDING = String.raw`(?:Конституция(?:ға|сына|мызға)\s+${CONFORMS}|конституциялық\s+емес)`;

/**
 * Or the court's normative resolution that finds so ("… Конституцияға сәйкес емес деп тану туралы
 * нормативтік қаулы қабылдады"): the same ruling, told by its act; the resolution's own cue lies
 * inside and is its word (events/findTriggers.ts), not a decree of its own.
 */
const BY_RESOLUTION = String.raw`деп\s+тану\s+туралы\s+(?:нормативтік\s+)?қаулы\p{L}*\s+${kkVerb('қабылда', REPORTED)}`;

/**
 * Or a court's normative resolution about a law, told by its act: "Конституциялық Сот 5 наурызда
 * сайлау туралы заңы бойынша нормативтік қаулы қабылдады", "Жоғарғы Сот … нормативтік қаулы
 * қабылдады". A resolution about a law is the court's ruling on it, not the law's adoption: the
 * law's cue ("заңы") and the resolution's ("қаулы") lie inside this one and are its topic
 * (events/findTriggers.ts). The body named as the subject, bare or possessed ("Конституциялық
 * Соты", "Кеңесі"): any court the organisations lexicon knows (lexicon/courts.ts); the verb in
 * every form that reports it, not ahead.
 */
const BODY = String.raw`(?:${courtNames('kk')})`;
const ABOUT_LAW = String.raw`(?:[\p{L}\p{N}«»"“”.,-]+\s+){0,8}?[\p{L}-]+\s+(?:бойынша|туралы|жөнінде)`;
const ON_LAW = String.raw`${BODY}\s+${ABOUT_LAW}\s+(?:нормативтік\s+)?қаулы\p{L}*\s+${kkVerb('қабылда', REPORTED)}`;

export const KK_CONSTITUTIONAL_RULING = String.raw`(?:${FINDING}\s+(?:(?:деп\s+)?${FOUND}|${BY_RESOLUTION})|${ON_LAW})`;
/** The finding alone, or the resolution on a law, which tells a court cue's step (lexicon/courtStep.ts). */
export const KK_CONFORMITY_FOUND = new RegExp(`(?<![\\p{L}])(?:${FINDING}|${ON_LAW})`, 'iu');
