/**
 * A Kazakh verb's forms, generated from the grammar for the tests (independently of the
 * extractor's own verbForms.ts): vowel harmony, the stem's last sound (voiceless, nasal, vowel,
 * й), the passive's -л/-н/-ыл/-ын, and the person endings of the past, present and intention.
 * Only what tells the act: no negation, no conditional.
 */

const VOWELS = /[аәеөоұүыіэиуя]/u;
const FRONT = /[әеөүіэи]/u;
/** Sounds after which a suffix starts voiceless: -ты, -қан, -пақ. */
const VOICELESS = /[кқпстфхцчшщ]$/u;
/** Voiced consonants and nasals, after which -мақ starts with б: өткізбек, ұсынбақ. */
const B_AFTER = /[зжбвгдмнң]$/u;

const lastVowel = (stem: string) => [...stem].reverse().find((c) => VOWELS.test(c)) ?? 'а';
export const isFront = (stem: string) => FRONT.test(lastVowel(stem));
const endsInVowel = (stem: string) => /[аәеөоұүыіэя]$/u.test(stem);
/** A final қ, к, п voices before a vowel: бірік → бірігеді, тап → табылды. */
const voiced = (stem: string) =>
  stem.replace(/[қкп]$/u, (c) => ({ қ: 'ғ', к: 'г', п: 'б' })[c as 'қ' | 'к' | 'п']);

/** The passive stem: -л after a vowel (-н when the stem has л: қабылдан), -ыл/-іл (-ын/-ін after л). */
export function passiveOf(stem: string): string {
  const h = (back: string, fr: string) => (isFront(stem) ? fr : back);
  if (endsInVowel(stem)) return stem + (/л/u.test(stem) ? 'н' : 'л');
  return voiced(stem) + (stem.endsWith('л') ? h('ын', 'ін') : h('ыл', 'іл'));
}

export type KkForm =
  | 'past'
  | 'past1pl'
  | 'past1sg'
  | 'past2pl'
  | 'perfect'
  | 'perfectAux'
  | 'future'
  | 'future1pl'
  | 'present'
  | 'present1pl'
  | 'progressive'
  | 'converb'
  | 'reported'
  | 'noun'
  | 'nounPoss';

export const KK_FORMS: readonly KkForm[] = [
  'past',
  'past1pl',
  'past1sg',
  'past2pl',
  'perfect',
  'perfectAux',
  'future',
  'future1pl',
  'present',
  'present1pl',
  'progressive',
  'converb',
  'reported',
  'noun',
  'nounPoss',
];

/**
 * The forms of a stem. A stem in ы/і writes ы/і + й as и (таны → таниды) and drops it before
 * -у (таны → тану); a back stem in й writes й + а as я (қой → қояды).
 */
export function verbForms(stem: string): Record<KkForm, string> {
  const h = (back: string, fr: string) => (isFront(stem) ? fr : back);
  const vowel = endsInVowel(stem);
  const iStem = /[ыі]$/u.test(stem);
  const voiceless = VOICELESS.test(stem);
  const yBack = stem.endsWith('й') && !isFront(stem);
  const a = h('а', 'е');
  // The stem before a suffix in й (present, participle in -йтын): таны-й → тани.
  const beforeY = iStem ? `${stem.slice(0, -1)}и` : `${stem}й`;
  const present = vowel
    ? `${beforeY}${h('ды', 'ді')}`
    : yBack
      ? `${stem.slice(0, -1)}яды`
      : `${voiced(stem)}${a}${h('ды', 'ді')}`;
  const present1pl = vowel
    ? `${beforeY}${h('мыз', 'міз')}`
    : yBack
      ? `${stem.slice(0, -1)}ямыз`
      : `${voiced(stem)}${a}${h('мыз', 'міз')}`;
  const past = stem + (voiceless ? h('ты', 'ті') : h('ды', 'ді'));
  const perfect = stem + (voiceless ? h('қан', 'кен') : h('ған', 'ген'));
  const future =
    stem + (voiceless ? h('пақ', 'пек') : B_AFTER.test(stem) ? h('бақ', 'бек') : h('мақ', 'мек'));
  const converb = vowel
    ? `${iStem ? stem.slice(0, -1) + (isFront(stem) ? 'і' : 'ы') : stem}п`
    : `${voiced(stem)}${h('ып', 'іп')}`;
  const noun = iStem
    ? `${stem.slice(0, -1)}у`
    : stem.endsWith('й')
      ? `${stem.slice(0, -1)}ю`
      : `${vowel ? stem : voiced(stem)}у`;
  return {
    past,
    past1pl: stem + (voiceless ? h('тық', 'тік') : h('дық', 'дік')),
    past1sg: `${past}м`,
    past2pl: `${past}${h('ңыз', 'ңіз')}`,
    perfect,
    perfectAux: `${perfect} еді`,
    future,
    future1pl: `${future}${h('пыз', 'піз')}`,
    present,
    present1pl,
    progressive: `${converb} жатыр`,
    converb,
    reported: `${perfect}${h('ын', 'ін')}`,
    noun,
    nounPoss: `${noun}${h('ы', 'і')}`,
  }; // prettier-ignore
}

/**
 * A sentence around a form: finite at the end; the converb before a clause of saying; a
 * participle in the accusative told by "хабарлады"; a verbal noun with "туралы шешім". `before`
 * is the sentence up to the verb.
 */
export function sentenceOf(form: KkForm, before: string, word: string): string {
  if (form === 'converb') return `${before} ${word}, бұл туралы Ақорда хабарлады.`;
  if (form === 'reported') return `Баспасөз қызметі ${lowerFirst(before)} ${word} хабарлады.`;
  if (form === 'noun') return `${before} ${word} туралы шешім 5 наурызда қабылданды.`;
  if (form === 'nounPoss') return `${before} ${word} 5 наурызда болды.`;
  return `${before} ${word}.`;
}

/** Lower-case a sentence's first word, unless it is an abbreviation (ОСК, АҚШ). */
const lowerFirst = (s: string) =>
  /^\p{Lu}\p{Lu}/u.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);
