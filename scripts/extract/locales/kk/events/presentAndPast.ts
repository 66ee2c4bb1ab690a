/**
 * The Kazakh finite verb forms the tense cues read (events/aspect.ts): the present-future and the
 * simple past, each one whole word.
 */
import { KK_PRONOUN_ACCUSATIVE } from '../pronounAccusative';

const L = String.raw`[\p{L}\p{M}]`;
const START = String.raw`(?<![\p{L}\p{M}])`;
const END = String.raw`(?![\p{L}\p{M}])`;

/**
 * "-а/-е + ды/ді" is ambiguous: the present-future of a consonant stem (өт-е-ді, бол-а-ды) or the
 * past of a vowel stem (баста-ды, жарияла-ды, тағайында-ды). Vowel stems are the many in political
 * news, so the past is the default; the common consonant-stem presents are listed, and the passive
 * present (-ыл/-іл/-н + а/е + ды: өткізіледі, жарияланады; a vowel stem's -л: қаралады, басталады)
 * is regular, when the passive -н follows a stem of two syllables or more (сайла-н-а-ды; "жинады",
 * "ойнады" are the pasts of жина, ойна), and -ын/-ін follows a stem with a vowel (ал-ын-а-ды;
 * "сынады" is the past of сына). So is a stem that ends in a vowel and one of т, з, р, ғ, г, б, ш (бекіт-е-ді, жүргіз-е-ді,
 * шығар-а-ды, шығ-а-ды with қ voiced, таб-а-ды) or in a reciprocal -с (кездес-е-ді, қатыс-а-ды):
 * vowel stems of that shape are few (қара, сұра, тара, ата, жаса) and listed as past.
 * A vowel stem takes -йды in
 * the present (жариялайды, сайлайды: a stem of two syllables or more), while a one-syllable stem
 * ending in й takes -ды in the past (қойды). A stem in й keeps it before -а/-е, written я
 * (ұлғай-а-ды → ұлғаяды, көбей-е-ді → көбейеді): that is the present.
 */
const PRESENT_CONSONANT_STEMS = String.raw`(?:өт|ен|сен|көн|бер|кел|бол|ал|қал|сал|кір|шық|жаз|ет|көр|тұр|жүр|отыр|жат|өс|түс|шеш|өткіз|қос|аш|біл|кет|бар|сөйлес|жет|қатыс|тап|айт|тарт|жалғас|ұлас)`;
/** Stems in й, whose past (ұлғайды) has the shape of a vowel stem's present (жариялайды). */
const Y_STEMS = String.raw`(?:ұлғай|азай|көбей|күшей|кішірей|үлкей)`;
/**
 * Every present form above is a whole word ending in -ды/-ді: ask that first, so that the costlier
 * alternatives (one reads the word's vowels twice) run only on the few words that end so.
 */
export const PRESENT = String.raw`${START}(?=${L}*(?:ды|ді)${END})(?:${PRESENT_CONSONANT_STEMS}(?:а|е)(?:ды|ді)${END}|(?!(?:қар|сұр|тар|ат)ады${END})${L}*[аәеыіоөұүуяэ](?:[тзрғгбш]|(?<=[ыіеөү])с)(?:а|е)(?:ды|ді)${END}|(?!(?:талқыла|бағала|нақтыла)ды${END})${L}*(?:(?<=[аәеыіоөұүуя]${L}*)[ыі][лн]|(?<=[аәеыіоөұүуя]${L}*[аәеыіоөұүуя])н|[аеә]л)(?:а|е)(?:ды|ді)${END}|(?!${Y_STEMS}(?:ды|ді)${END})${L}*[аәеыіоөұүуя]${L}*[аәеыіоөұүуя]й(?:ды|ді)${END}|${L}*[аәеыіоөұүу](?:я|йе)(?:ды|ді)${END})`;
/** Simple past: a consonant + ды/ді/ты/ті (өтті, берді, ашылды) or a vowel stem + ды/ді (жариялады); not "оларды". */
export const SIMPLE_PAST = String.raw`${START}(?=${L}*(?:ды|ді|ты|ті)${END})(?!${PRESENT}|${KK_PRONOUN_ACCUSATIVE}${END})${L}*(?:[бвгғджзйкқлмнңпрстфхцчшщ]|[аәеыіоөұүуя])(?:ды|ді|ты|ті)${END}`;
