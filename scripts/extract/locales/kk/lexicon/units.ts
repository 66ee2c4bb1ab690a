/**
 * What Kazakh counts count. Unit keys are shared with Russian (people, delegates, …). The
 * stem must be followed by a real inflection chain, so `адамгершілік` is not "people".
 */
// prettier-ignore
export const KK_UNITS: ReadonlyArray<readonly [stem: string, unit: string]> = [
  ['адам', 'people'], ['кісі', 'people'], ['тұрғын', 'people'], ['делегат', 'delegates'],
  ['іс-шара', 'events'], ['шара', 'events'], ['мүше', 'members'], ['ұсыныс', 'proposals'],
  ['ұйым', 'organisations'], ['партия', 'parties'], ['штаб', 'headquarters'], ['өңір', 'regions'],
  ['облыс', 'regions'], ['аймақ', 'regions'], ['пайыз', 'percent'], ['%', 'percent'],
  ['дауыс', 'votes'], ['сайлаушы', 'people'], ['депутат', 'people'], ['өкіл', 'people'],
];

/** Qualifiers written after the number (`399-ға жуық`, `130-дан астам`, `жүздің үстінде`). */
// prettier-ignore
export const KK_QUALIFIERS_AFTER: ReadonlyMap<string, 'approx' | 'over' | 'under'> = new Map([
  ['жуық', 'approx'], ['шамасында', 'approx'], ['астам', 'over'], ['аса', 'over'], ['артық', 'over'],
  ['үстінде', 'over'], ['кем', 'under'], ['аз', 'under'], ['дейін', 'under'],
]);

/** Qualifiers written before the number (`шамамен 500 адам`). */
export const KK_QUALIFIERS_BEFORE: ReadonlyMap<string, 'approx' | 'over' | 'under'> = new Map([
  ['шамамен', 'approx'],
  ['шамасы', 'approx'],
  ['кемінде', 'over'],
]);

/** Verbs that say a total exceeds the number: `халық саны 1,5 млн-нан асады`. */
export const KK_EXCEED_VERBS: readonly string[] = ['асады', 'асты', 'асып', 'асқан', 'асатын'];

/** Time nouns and month stems: a number before them is a date or a duration, never a count. */
// prettier-ignore
export const KK_TIME_STEMS: readonly string[] = [
  'жыл', 'ай', 'күн', 'апта', 'сағат', 'минут', 'секунд', 'ғасыр', 'тәулік', 'қаңтар', 'ақпан',
  'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан',
];
