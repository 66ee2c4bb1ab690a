/**
 * Kazakh event verbs in every form that reports the event, generated from the morphology (vowel
 * harmony, the stem's last sound, the passive's -л/-н/-ыл/-ын), each read as its event type in a
 * short sentence; and their negations, which must not be read as the event having happened.
 * The generator is written here from the grammar, not from the extractor's own verb helper.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { KK_ASPECT } from '../../../../../../scripts/extract/locales/kk/events/aspect';

const VOWELS = /[аәеөоұүыіэи]/u;
const FRONT = /[әеөүіэи]/u;
/** Sounds after which a suffix starts voiceless: -ты, -қан, -пақ, -па. */
const VOICELESS = /[кқпстфхцчшщ]$/u;
/** Voiced consonants and nasals, after which -мақ/-ма start with б: өткізбек, ұсынбақ, қабылданбады. */
const B_AFTER = /[зжбвгдмнң]$/u;

const front = (stem: string) => FRONT.test([...stem].reverse().find((c) => VOWELS.test(c))!);
const endsInVowel = (stem: string) => /[аәеөоұүыіэ]$/u.test(stem);
/** A final қ, к, п voices before a vowel: бірік → бірігеді, тап → табылды. */
const voiced = (stem: string) =>
  stem.replace(/[қкп]$/u, (c) => ({ қ: 'ғ', к: 'г', п: 'б' })[c as 'қ' | 'к' | 'п']);

/** The passive stem: a vowel stem takes -л, or -н when it has л already (тағайындал, қабылдан). */
function passive(stem: string): string {
  const h = (back: string, fr: string) => (front(stem) ? fr : back);
  if (endsInVowel(stem)) return stem + (/л/u.test(stem) ? 'н' : 'л');
  return voiced(stem) + (stem.endsWith('л') ? h('ын', 'ін') : h('ыл', 'іл'));
}

type Form = 'past' | 'perfect' | 'future' | 'present' | 'habitual' | 'converb';
const FORMS: Form[] = ['past', 'perfect', 'future', 'present', 'habitual', 'converb'];

/** One stem's forms that tell the act; a stem in й writes й + а as я (қой → қояды). */
function forms(stem: string): Record<Form, string> {
  const h = (back: string, fr: string) => (front(stem) ? fr : back);
  const vowel = endsInVowel(stem);
  const voiceless = VOICELESS.test(stem);
  const beforeVowel = stem.endsWith('й') && !front(stem) ? stem.slice(0, -1) + 'я' : voiced(stem);
  return {
    past: stem + (voiceless ? h('ты', 'ті') : h('ды', 'ді')),
    perfect: stem + (voiceless ? h('қан', 'кен') : h('ған', 'ген')),
    future: stem + (voiceless ? h('пақ', 'пек') : B_AFTER.test(stem) ? h('бақ', 'бек') : h('мақ', 'мек')),
    present: vowel ? stem + h('йды', 'йді') : beforeVowel + (stem.endsWith('й') && !front(stem) ? 'ды' : h('ады', 'еді')),
    habitual: vowel ? stem + h('йтын', 'йтін') : beforeVowel + (stem.endsWith('й') && !front(stem) ? 'тын' : h('атын', 'етін')),
    converb: vowel ? stem + 'п' : voiced(stem) + h('ып', 'іп'),
  }; // prettier-ignore
}

/** The verbal noun in -у (й + у is written ю: қою). */
const verbalNoun = (stem: string) =>
  stem.endsWith('й') ? stem.slice(0, -1) + 'ю' : (endsInVowel(stem) ? stem : voiced(stem)) + 'у';

/** Negations: -ма/-ба/-па + past, perfect, present (өткізілмеді, қабылданбаған, тағайындамайды). */
function negations(stem: string): string[] {
  const h = (back: string, fr: string) => (front(stem) ? fr : back);
  const neg =
    stem +
    (VOICELESS.test(stem) ? h('па', 'пе') : B_AFTER.test(stem) ? h('ба', 'бе') : h('ма', 'ме'));
  return [neg + h('ды', 'ді'), neg + h('ған', 'ген'), neg + h('йды', 'йді')];
}

/** How a form stands in its sentence: finite at the end; -атын with "болды"; a converb before a clause. */
function place(form: Form, word: string): string {
  if (form === 'habitual') return `${word} болды.`;
  if (form === 'converb') return `${word}, бұл туралы Ақорда хабарлады.`;
  return `${word}.`;
}

interface Verb {
  stem: string;
  type: string;
  facet: string;
  /** The sentence up to the verb, with the actor as subject. */
  active?: string;
  /** The same with the patient as subject, for the passive. */
  passive?: string;
  /** A sentence with the verbal noun in it, "{u}" where it stands ("{u-ы}" with the possessive). */
  noun?: string[];
  /** Forms that are mostly something else (the participle "біріккен" is "united", an adjective). */
  skip?: Form[];
  /** The same for the passive ("ұсынылады" is mostly "is provided"). */
  skipPassive?: Form[];
}

const VERBS: Verb[] = [
  { stem: 'тағайында', type: 'appointment', facet: 'appointment',
    active: 'Президент Жарлықпен Асқар Маминді Премьер-министр етіп',
    passive: 'Асқар Мамин Жарлықпен Премьер-министр болып',
    noun: ['Президент Асқар Маминді Премьер-министр етіп {u} туралы Жарлыққа қол қойды.'] },
  { stem: 'босат', type: 'resignation', facet: 'resignation',
    active: 'Президент Жарлықпен Асқар Маминді Премьер-министр қызметінен',
    passive: 'Асқар Мамин Премьер-министр қызметінен',
    noun: ['Президент Асқар Маминді Премьер-министр қызметінен {u} туралы Жарлыққа қол қойды.'] },
  { stem: 'қой', type: 'law', facet: 'law',
    active: 'Мемлекет басшысы Салық кодексіне қол', passive: 'Салық кодексіне қол',
    noun: ['Мемлекет басшысының Салық кодексіне қол {u-ы} күтілуде.'] },
  { stem: 'қой', type: 'decree', facet: 'decree',
    active: 'Президент бүгін Жарлыққа қол', passive: 'Жарлыққа бүгін қол' },
  { stem: 'қабылда', type: 'law', facet: 'law',
    active: 'Мәжіліс Салық кодексін', passive: 'Салық кодексі Мәжілісте',
    noun: ['Мәжілістің Салық кодексін {u-ы} 5 наурызда болды.'] },
  { stem: 'мақұлда', type: 'law', facet: 'law',
    active: 'Сенат Салық кодексін', passive: 'Салық кодексі Сенатта' },
  { stem: 'өзгерт', type: 'renaming', facet: 'renaming',
    active: 'Үкімет қаланың атауын Астана деп', passive: 'Қаланың атауы Астана деп' },
  { stem: 'сайла', type: 'appointment', facet: 'appointment',
    active: 'Сенаторлар Мәулен Әшімбаевты Сенат төрағасы етіп',
    passive: 'Мәулен Әшімбаев Сенат төрағасы болып' },
  { stem: 'өт', type: 'meeting', facet: 'meeting',
    active: 'Президенттің Қытай төрағасымен кездесуі Пекинде',
    noun: ['Президенттің Қытай төрағасымен кездесуі Пекинде {u-ы} тиіс.'] },
  { stem: 'өткіз', type: 'meeting', facet: 'meeting',
    active: 'Президент Пекинде Қытай төрағасымен кездесу',
    passive: 'Президенттің Қытай төрағасымен кездесуі Пекинде' },
  { stem: 'кездес', type: 'meeting', facet: 'meeting',
    active: 'Президент Ақордада Қытай төрағасымен',
    noun: ['Президенттің Қытай төрағасымен {u-ы} 5 наурызда болды.'] },
  // ("Ұсынып, …": the next clause's verb has the day; "ұсынылған/ұсынылады" name what is provided.)
  { stem: 'ұсын', type: 'proposal', facet: 'proposal',
    active: 'Депутаттар Үкіметке жаңа салық режимін енгізуді',
    passive: 'Үкіметке жаңа салық режимін енгізу', skip: ['converb'],
    skipPassive: ['perfect', 'present', 'habitual', 'converb'] },
  { stem: 'құр', type: 'coalition', facet: 'launch',
    active: 'Бес партия 5 наурызда коалиция', passive: 'Бес партиядан тұратын коалиция 5 наурызда' },
  { stem: 'тарат', type: 'decree', facet: 'dissolution',
    active: 'Президент Жарлықпен Мәжілісті', passive: 'Мәжіліс Президент Жарлығымен' },
  { stem: 'бер', type: 'inauguration', facet: 'inauguration',
    active: 'Қасым-Жомарт Тоқаев Астанада халыққа ант' },
  { stem: 'енгіз', type: 'law', facet: 'submission',
    active: 'Үкімет заң жобасын 1 қыркүйекте Парламентке',
    passive: 'Заң жобасы 1 қыркүйекте Парламентке' },
  { stem: 'тыңда', type: 'meeting', facet: 'meeting',
    active: 'Президент Үкімет басшысының есебін', passive: 'Ақордада Үкімет басшысының есебі' },
  { stem: 'бекіт', type: 'law', facet: 'passage',
    active: 'Заң жобасын Мәжіліс 5 наурызда мақұлдады, ал Сенат оны 25 ақпанда' },
  { stem: 'жарияла', type: 'decree', facet: 'decree',
    active: 'Ақорда Президенттің жаңа Жарлығын 5 наурызда', passive: 'Президенттің Жарлығы 5 наурызда' },
  { stem: 'бірік', type: 'other', facet: 'merger',
    active: 'Екі партия 5 наурызда бір партияға', skip: ['perfect'] },
]; // prettier-ignore

const facetsOf = (sentence: string) =>
  findTriggers(sentence, 'kk').map((h) => `${h.trigger.type}/${h.trigger.facet}`);

/** Every case: [sentence, type/facet]. */
const CASES: Array<[string, string]> = VERBS.flatMap((v) => {
  const want = `${v.type}/${v.facet}`;
  const finite = (
    stem: string,
    before: string | undefined,
    skip = v.skip,
  ): Array<[string, string]> =>
    before === undefined
      ? []
      : FORMS.filter((f) => !skip?.includes(f)).map((f) => [
          `${before} ${place(f, forms(stem)[f])}`,
          want,
        ]);
  const u = verbalNoun(v.stem);
  const nouns = (v.noun ?? []).map((s): [string, string] => [
    s.replace('{u-ы}', u + (front(v.stem) ? 'і' : 'ы')).replace('{u}', u),
    want,
  ]);
  return [
    ...finite(v.stem, v.active),
    ...finite(passive(v.stem), v.passive, v.skipPassive),
    ...nouns,
  ];
});

/** Every negation: [sentence, type/facet]. */
const NEGATED: Array<[string, string]> = VERBS.flatMap((v) => {
  const want = `${v.type}/${v.facet}`;
  const neg = (stem: string, before: string | undefined): Array<[string, string]> =>
    before === undefined ? [] : negations(stem).map((w) => [`${before} ${w}.`, want]);
  return [...neg(v.stem, v.active), ...neg(passive(v.stem), v.passive)];
});

describe('Kazakh event verbs in every form that tells the act', () => {
  it.each(CASES)('%s → %s', (sentence, want) => {
    expect(facetsOf(sentence)).toContain(want);
  });

  // A negated verb is no event: either no trigger reads it, or the clause reads as negated
  // (stages/events.ts drops a hit whose own clause is).
  it.each(NEGATED)('%s is not %s having happened', (sentence, want) => {
    if (facetsOf(sentence).includes(want)) expect(KK_ASPECT.negated.test(sentence)).toBe(true);
  });

  it('generates the forms the grammar says', () => {
    expect(Object.values(forms('тағайында'))).toEqual([
      'тағайындады', 'тағайындаған', 'тағайындамақ', 'тағайындайды', 'тағайындайтын', 'тағайындап',
    ]); // prettier-ignore
    expect(Object.values(forms(passive('өткіз')))).toEqual([
      'өткізілді', 'өткізілген', 'өткізілмек', 'өткізіледі', 'өткізілетін', 'өткізіліп',
    ]); // prettier-ignore
    expect(Object.values(forms('қой'))).toEqual([
      'қойды', 'қойған', 'қоймақ', 'қояды', 'қоятын', 'қойып',
    ]); // prettier-ignore
    expect(Object.values(forms('өт'))).toEqual([
      'өтті',
      'өткен',
      'өтпек',
      'өтеді',
      'өтетін',
      'өтіп',
    ]);
    expect(forms('бірік').present).toBe('бірігеді');
    expect(forms('ұсын').future).toBe('ұсынбақ');
    expect([passive('қабылда'), passive('сайла'), passive('тағайында'), passive('қой')]).toEqual([
      'қабылдан', 'сайлан', 'тағайындал', 'қойыл',
    ]); // prettier-ignore
    expect([verbalNoun('қой'), verbalNoun('өткіз'), verbalNoun('тағайында')]).toEqual([
      'қою',
      'өткізу',
      'тағайындау',
    ]);
    expect(negations(passive('өткіз'))[0]).toBe('өткізілмеді');
    expect(negations(passive('қабылда'))[0]).toBe('қабылданбады');
  });

  it('counts', () => {
    expect(CASES.length).toBeGreaterThan(150);
  });
});
