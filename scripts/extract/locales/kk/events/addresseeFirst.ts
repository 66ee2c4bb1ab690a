/**
 * "Президент 5 наурызда Үкіметке жоспар әзірлеуді тапсырды": a date before the addressee of a
 * saying or an instruction is the main clause's. Kazakh keeps the reported clause or the task in
 * one piece right before the verb, and the addressee (the dative of a body or of people) is the
 * main verb's own argument, so whatever stands before it is outside what was said or asked. After
 * the addressee a date may be the task's ("Үкіметке 5 наурызда сайлау өткізуді тапсырды" is
 * ambiguous), and a dative of a place ("Астанаға") may be the reported act's goal: neither counts.
 */

/** Who is told or tasked: a body, its officials, people, the press, as stems. */
// prettier-ignore
const ADDRESSEE_STEMS = [
  'үкімет', 'министрлік', 'министрліг', 'министр', 'ведомство', 'әкім', 'әкімдік', 'әкімдіг',
  'парламент', 'мәжіліс', 'сенат', 'депутат', 'сенатор', 'прокуратура', 'агенттік', 'агенттіг',
  'комитет', 'комиссия', 'орган', 'басшы', 'журналист', 'халық', 'халқ', 'азамат', 'қатысушы',
  'кәсіпкер', 'ұжым', 'банк', 'полиция', 'мекеме', 'кеңес', 'штаб', 'құрылым', 'губернатор',
].join('|');

/** The plural (with its voicing) and the possessive before a dative ending. */
const INFLECTION = String.raw`(?:лар|лер|дар|дер|тар|тер)?(?:ы|і|сы|сі)?(?:на|не|ға|ге|қа|ке)`;

/**
 * Whether `between` (the text from the end of a date to the cue after it) opens with an
 * addressee in the dative: up to two words of its phrase first ("облыс әкімдеріне", "Бас
 * прокуратураға", "барлық министрліктерге").
 */
const ADDRESSED = new RegExp(
  String.raw`^\s+(?:[\p{L}\p{M}-]+\s+){0,2}?(?:${ADDRESSEE_STEMS})${INFLECTION}(?![\p{L}\p{M}])`,
  'iu',
);

export const kkAddressedFirst = (between: string): boolean => ADDRESSED.test(between);
