/**
 * The forms of a Kazakh verb that tell its act, built from the stem as the grammar builds them, so
 * a trigger names a stem once ("тағайында", "өткіз") and reads every form: the past -ды/-ті, the
 * perfect participle -ған/-қан, the intention -мақ/-бақ/-пақ, the present -а/-е/-й + ды, the
 * participle -атын/-йтын, the converb -ып/-п, the verbal noun -у, and the passive stem's the same.
 * The -атын participle with a possessive or a case ("тағайындайтынын жариялады", "қабылданатынын
 * мәлімдеді") is a plan told by another verb, whose day is the telling's: read only on request
 * ('reported').
 * A negation (-ма/-ба/-па: "өткізілмеді", "қабылданбады") is no form of the act and is not read;
 * nor is the conditional -са ("қабылданса": only a condition).
 */
import { KK_PARTICIPLE_ENDING } from '../kkParticiple';

export type KkVerbForm =
  'past' | 'perfect' | 'future' | 'present' | 'habitual' | 'reported' | 'converb' | 'noun';

/** The finite forms and participles, which tell that the act is, was or will be done. */
export const KK_TELLING: readonly KkVerbForm[] = [
  'past',
  'perfect',
  'future',
  'present',
  'habitual',
  'converb',
];

const VOWEL = /[аәеөоұүыіэи]/u;
// (и in loanwords is front, as in the noun paradigm: "ратификацияла" harmonises by its last а.)
const FRONT = /[әеөүіэи]/u;
/** After these a suffix starts voiceless: бекіт-ті, бекіт-кен, бекіт-пек. */
const VOICELESS = /[кқпстфхцчшщ]$/u;
/** After a voiced consonant or a nasal, -мақ and -ма start with б: өткіз-бек, ұсын-бақ. */
const B_AFTER = /[зжбвгдмнң]$/u;

const isFront = (stem: string) => FRONT.test([...stem].reverse().find((c) => VOWEL.test(c)) ?? 'а');
const endsInVowel = (stem: string) => /[аәеөоұүыіэ]$/u.test(stem);
/** A final қ, к, п is voiced before a vowel: бірік → бірігеді, тап → табылды. */
const voiced = (stem: string) =>
  stem.replace(/[қкп]$/u, (c) => ({ қ: 'ғ', к: 'г', п: 'б' })[c as 'қ' | 'к' | 'п']);

/**
 * The passive: -л after a vowel, or -н when the stem has an л already (тағайында-л, қабылда-н,
 * сайла-н); -ыл/-іл after a consonant, -ын/-ін after л (өткіз-іл, ал-ын).
 */
export function kkPassive(stem: string): string {
  const h = (back: string, front: string) => (isFront(stem) ? front : back);
  if (endsInVowel(stem)) return stem + (/л/u.test(stem) ? 'н' : 'л');
  return voiced(stem) + (stem.endsWith('л') ? h('ын', 'ін') : h('ыл', 'іл'));
}

/** The case endings of a verbal noun in -у, bare or after the possessive: тағайындау-ға, өткізу-і-не. */
const NOUN_ENDING = String.raw`(?:[ыі](?:н|ның|нің|на|не|нда|нде|нан|нен|мен)?|ға|ге|ды|ді|да|де|дан|ден|дың|дің|мен)?`;
/** Person endings of the intention and the present: өтпекпіз, өткіземіз, ұсынамын. */
const PERSON = String.raw`(?:мын|мін|мыз|міз|сың|сің|сыз|сіз)`;

/** One stem's forms, as a regex source without the word guards. */
function stemForms(stem: string, forms: readonly KkVerbForm[]): string {
  const h = (back: string, front: string) => (isFront(stem) ? front : back);
  const vowel = endsInVowel(stem);
  const voiceless = VOICELESS.test(stem);
  // A stem in й writes й + а as я (қой → қояды, қоятын); a front one keeps йе (көбейеді).
  const yBack = stem.endsWith('й') && !isFront(stem);
  // A stem in ы/і writes ы/і + й as и (таны → таниды, танитын) and drops it before -у (тану).
  const iStem = /[ыі]$/u.test(stem);
  const y = iStem ? `${stem.slice(0, -1)}и` : `${stem}й`;
  const beforeVowel = yBack ? stem.slice(0, -1) : voiced(stem);
  const a = yBack ? 'я' : h('а', 'е');
  const suffix: Record<KkVerbForm, [string, string]> = {
    // [after the stem as it is, after its form before a vowel]
    past: [`${voiceless ? h('ты', 'ті') : h('ды', 'ді')}(?:қ|к|м|ң|ңыз|ңіз)?`, ''],
    perfect: [`${voiceless ? h('қан', 'кен') : h('ған', 'ген')}${KK_PARTICIPLE_ENDING}`, ''],
    future: [
      `${voiceless ? h('пақ', 'пек') : B_AFTER.test(stem) ? h('бақ', 'бек') : h('мақ', 'мек')}(?:шы|ші)?(?:${PERSON}|пын|пін|пыз|піз)?`,
      '',
    ],
    present: vowel
      ? ['', `${h('ды', 'ді')}|${PERSON}`]
      : ['', `${a}(?:${h('ды', 'ді')}|${PERSON})`],
    habitual: vowel ? ['', h('тын', 'тін')] : ['', `${a}${h('тын', 'тін')}`],
    reported: vowel
      ? ['', `${h('тын', 'тін')}${KK_PARTICIPLE_ENDING}`]
      : ['', `${a}${h('тын', 'тін')}${KK_PARTICIPLE_ENDING}`],
    converb: vowel ? ['п', ''] : ['', h('ып', 'іп')],
    noun: yBack
      ? ['', `ю${NOUN_ENDING}`]
      : iStem
        ? ['', `у${NOUN_ENDING}`]
        : vowel
          ? [`у${NOUN_ENDING}`, '']
          : ['', `у${NOUN_ENDING}`],
  };
  const asIs = forms.map((f) => suffix[f][0]).filter(Boolean);
  const voicedForms = forms.map((f) => suffix[f][1]).filter(Boolean);
  // The second column's stem: before a vowel (voiced, я for a back й), or a vowel stem's before й
  // (тағайындай-ды, тани-ды; the verbal noun of an ы/і stem drops it: тан-у).
  const yForms = new Set<KkVerbForm>(['present', 'habitual', 'reported']);
  const vowelStemBefore = (f: KkVerbForm) => (yForms.has(f) ? y : stem.slice(0, -1));
  const parts = [
    ...(asIs.length ? [`${stem}(?:${asIs.join('|')})`] : []),
    ...(vowel
      ? forms.filter((f) => suffix[f][1]).map((f) => `${vowelStemBefore(f)}(?:${suffix[f][1]})`)
      : voicedForms.length
        ? [`${yBack ? beforeVowel : voiced(stem)}(?:${voicedForms.join('|')})`]
        : []),
  ];
  return parts.join('|');
}

/**
 * A verb's forms that tell its act, as a regex source ending at the word's end: active, passive or
 * both (the passive's stem built by kkPassive). The caller puts the start-of-word guard.
 * @example kkVerb('өткіз', { voice: 'both' }) // өткізді, өткізеді, өткізбек, … өткізілді, өткізіліп
 */
export function kkVerb(
  stem: string,
  {
    voice = 'active',
    forms = KK_TELLING,
  }: { voice?: 'active' | 'passive' | 'both'; forms?: readonly KkVerbForm[] } = {},
): string {
  const stems =
    voice === 'both' ? [stem, kkPassive(stem)] : voice === 'passive' ? [kkPassive(stem)] : [stem];
  return `(?:${stems.map((s) => stemForms(s, forms)).join('|')})(?![\\p{L}])`;
}
