/**
 * kkVerbTense on generated verb forms: past (-ды/-ті, -ған/-қан), present-future (-а/-е + ды,
 * -й + ды), intention (-мақ/-бақ/-пақ) and the -атын participle, for vowel and consonant stems.
 */
import { describe, expect, it } from 'vitest';
import { kkVerbTense } from '../../../../../../scripts/extract/locales/kk/events/kkVerbTense';

const FRONT = /[әеөүі]/u;
const front = (stem: string) =>
  FRONT.test([...stem].reverse().find((c) => /[аәеөоұүыі]/u.test(c))!);
const VOICELESS = /[кқпстфхцчшщ]$/u;
const VOWEL_END = /[аәеөоұүыі]$/u;
const M_AFTER = /[рлйу]$/u;

/** A final қ, к, п voices before a vowel: шық → шығады, тап → табады. */
const voiced = (stem: string) =>
  stem.replace(/[қкп]$/u, (c) => ({ қ: 'ғ', к: 'г', п: 'б' })[c as 'қ' | 'к' | 'п']);

function forms(stem: string, present: boolean) {
  const f = front(stem);
  const h = (back: string, fr: string) => (f ? fr : back);
  const vowel = VOWEL_END.test(stem);
  const voiceless = VOICELESS.test(stem);
  return {
    past: [
      stem + (voiceless ? h('ты', 'ті') : h('ды', 'ді')),
      stem + (voiceless ? h('қан', 'кен') : h('ған', 'ген')),
    ],
    future: [
      // (-мақ after a vowel or р, л, й, у: "бермек", "алмақ"; -бақ after з, ж, a nasal: "жазбақ".)
      stem +
        (vowel || M_AFTER.test(stem)
          ? h('мақ', 'мек')
          : voiceless
            ? h('пақ', 'пек')
            : h('бақ', 'бек')),
      stem + (vowel ? h('йтын', 'йтін') : h('атын', 'етін')),
      ...(present
        ? [(vowel ? stem : voiced(stem)) + (vowel ? h('йды', 'йді') : h('ады', 'еді'))]
        : []),
    ],
  };
}

// Vowel stems, whose present -йды is regular; consonant stems the rule lists as present.
// (A vowel stem in -ыла/-іле is ambiguous with the passive "айтылады"; "талқыла" is listed.)
// Consonant stems ending in a vowel and т, з, р, ғ, б, ш or a reciprocal -с are regular; the few
// vowel stems of that shape (қара, сұра, ата, жаса) are listed.
const VOWEL_STEMS = ['баста', 'жарияла', 'сайла', 'тағайында', 'қолда', 'жаса', 'сөйле', 'қара', 'сұра', 'ата', 'талқыла', 'сақта', 'тыңда', 'ойла']; // prettier-ignore
const CONSONANT_STEMS = ['өт', 'бер', 'кел', 'ал', 'жаз', 'шық', 'кір', 'аш', 'қос', 'өткіз', 'бекіт', 'жүргіз', 'шығар', 'көтер', 'кездес', 'қатыс', 'айт', 'тап', 'кет', 'жет', 'ұйымдастыр', 'тексер', 'жалғас']; // prettier-ignore

describe('kkVerbTense on generated forms', () => {
  for (const stem of [...VOWEL_STEMS, ...CONSONANT_STEMS]) {
    const { past, future } = forms(stem, true);
    it.each(past)(`${stem}: %s is past`, (w) => expect(kkVerbTense(w)).toBe('past'));
    it.each(future)(`${stem}: %s is future`, (w) => expect(kkVerbTense(w)).toBe('future'));
  }

  // A stem in й writes й + а as я: ұлғай-а-ды → ұлғаяды; front stems keep йе: көбей-е-ді → көбейеді.
  const Y_STEMS: [string, string, string][] = [
    ['ұлғай', 'ұлғаяды', 'ұлғайды'],
    ['азай', 'азаяды', 'азайды'],
    ['көбей', 'көбейеді', 'көбейді'],
    ['күшей', 'күшейеді', 'күшейді'],
  ];
  it.each(Y_STEMS)('%s: %s is future, %s is past', (_stem, present, past) => {
    expect(kkVerbTense(present)).toBe('future');
    expect(kkVerbTense(past)).toBe('past');
  });

  it('generates the forms the grammar says', () => {
    expect(forms('өт', true).past).toEqual(['өтті', 'өткен']);
    expect(forms('баста', true).future).toEqual(['бастамақ', 'бастайтын', 'бастайды']);
  });
});

describe('kkVerbTense: a verbal noun in the accusative is no past', () => {
  // The verbal noun -у (-ю after a vowel's й) takes the accusative -ды/-ді: "өткізуді тапсырды"
  // (ordered to hold), a deadline's object, not a finite verb that ends the clause.
  const verbalNoun = (stem: string) => {
    const f = front(stem);
    const noun = VOWEL_END.test(stem) ? stem.replace(/[ае]$/u, '') + (f ? 'еу' : 'ау') : stem + 'у';
    return noun + (f ? 'ді' : 'ды');
  };
  it.each([...VOWEL_STEMS, ...CONSONANT_STEMS].map((s) => [s, verbalNoun(s)]))(
    '%s: %s',
    (_s, w) => {
      expect(kkVerbTense(w)).toBeUndefined();
    },
  );

  it('still reads the past of the short stems in -у', () => {
    for (const w of ['туды', 'жуды', 'қуды']) expect(kkVerbTense(w)).toBe('past');
  });

  it('generates the verbal nouns the grammar says', () => {
    expect(['өткіз', 'ал', 'баста', 'сөйле'].map(verbalNoun)).toEqual([
      'өткізуді',
      'алуды',
      'бастауды',
      'сөйлеуді',
    ]);
  });
});
