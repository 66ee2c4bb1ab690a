/**
 * Pieces the Kazakh trigger families share (triggers*.ts): a word's inflected tail, the forms of a
 * verb that tell its act, gaps of words, entering into force, the head of state, guests received,
 * a body acting.
 */
import { kkVerb, KK_TELLING } from './verbForms';

export const T = String.raw`\p{L}*`;
/** Every form of a verb that tells its act (verbForms.ts); `P` the passive's, `AP` both voices'. */
export const V = (stem: string) => kkVerb(stem);
export const P = (stem: string) => kkVerb(stem, { voice: 'passive' });
export const AP = (stem: string) => kkVerb(stem, { voice: 'both' });
/** And the verbal noun's too ("тағайындау туралы", "өткізілуі тиіс"). */
export const APN = (stem: string) =>
  kkVerb(stem, { voice: 'both', forms: [...KK_TELLING, 'noun'] });
/**
 * An act planned: its verbal noun, active or passive, before a word of planning or expecting
 * ("құру жоспарлануда", "бекітілуі көзделуде", "ашылуы күтілуде", "тарату ұйғарылды"). The act is
 * the event, ahead; dated only where the sentence dates it.
 */
export const PLANNED_ACT = (stem: string) =>
  String.raw`${kkVerb(stem, { voice: 'both', forms: ['noun'] })}\s+(?:жоспарлан|көздел|күтіл|ұйғарыл)${T}`;
/** Up to n words in between. */
export const GAP = (n: number) => String.raw`(?:[\p{L}\p{N}«»"“”.,-]+\s+){0,${n}}`;
/**
 * Up to n words in between within one clause: the gap does not run past a coordinate joint (",
 * ал", ", және", ", бірақ", ", алайда"), since what follows it is another clause with a subject of
 * its own ("Конституцияға түзетулер қабылданды, ал заң 1 шілдеде күшіне енді": the law, not the
 * Constitution, comes into force).
 */
export const CLAUSE_GAP = (n: number) =>
  String.raw`(?:(?![\p{L}\p{N}«»"“”.-]*,\s+(?:ал|және|бірақ|алайда)\s)[\p{L}\p{N}«»"“”.,-]+\s+){0,${n}}`;
/** The same, where a word may be a clock time ("сағат 24:00-де"). */
export const TIMED_GAP = (n: number) => String.raw`(?:[\p{L}\p{N}«»"“”.,:-]+\s+){0,${n}}`;
/**
 * Entering into force, "күшіне ену": Kazakh puts the time just before the verb, so it may stand
 * inside the phrase ("күшіне он күннен кейін енді", "күшіне 1 шілдеде енеді"). Any form of "ену"
 * ("енетінін айтты"), not "енгізу", to bring in.
 */
export const INTO_FORCE = String.raw`күшіне\s+(?:${TIMED_GAP(4)})?ен(?!гіз)${T}`;
/**
 * The head of state as what one is elected ("Президент болып сайланды", "Қазақстан Республикасының
 * Президенті болып"): a vote, not an appointment; not the president of something else named in
 * the genitive ("федерациясының президенті болып сайланды").
 */
export const HEAD_OF_STATE = String.raw`(?:(?<=Республикасының\s+)|(?<!(?:ның|нің|дың|дің|тың|тің)\s+))(?:Президент|Мемлекет\s+басшы)(?:ы|і)?`;
/** Whom an official receives: "Сенат төрағасын қабылдады", "елшісін", "делегациясын". */
export const GUESTS = String.raw`министр|әкім|төраға|елші|басшы|депутат|хатшы|кеңесші|президент|премьер|өкіл|бастығ|директор|ректор|жетекші|делегация|губернатор|сенатор|прокурор|спикер|орынбасар|құрылтай\s+мүше`;
/**
 * After a gathering's stem: not its nominative (with the possessive) as the subject of adopting,
 * approving or ending in the clause ("бірлескен отырысы кеше, 16 қыркүйекте қабылдаған"), or of
 * ruling ("Судьялар жиналысы … заңсыз деп таныды", "деп тапты", "шешті", "күшін жойды"): the
 * body's act, not the sitting as an event of its own; not past a converb that ends its own clause
 * ("сессиясы өтіп, депутаттар бюджетті бекітті"). (The passive, "отырысы өтті, онда заң
 * қабылданды", is what was done there.)
 */
export const BODY_ACTING = String.raw`(?!(?:с)?[ыі]\s+(?:(?![\p{L}-]*(?:[.;]|п,))[\p{L}\p{N}«»"“”,-]+\s+){0,10}(?:${V('қабылда')}|${V('мақұлда')}|${V('бекіт')}|${V('тоқтат')}|${V('таны')}|${V('тап')}|${V('шеш')}|${V('жой')})(?![\p{L}]))`;
