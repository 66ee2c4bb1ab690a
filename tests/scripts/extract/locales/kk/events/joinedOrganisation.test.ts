/**
 * Kazakh: a state joining an organisation or a treaty is a membership on the sentence's day, in
 * every form that tells the act: the organisation in the dative, bare or possessive (ұйымға,
 * ұйымына, одаққа, одағына, конвенциясына, ШЫҰ-ға), as a member, an observer or a partner or
 * plainly, with "қосылу" (past, present, intention, reported); the organisation's membership entered
 * ("одақтың құрамына кірді", "құрамына қабылданды"); an observer's status received. A state that
 * is a member ("ЕАЭО-ға кіреді"), the states that joined ("қосылған елдер") and a working group or an
 * opinion joined are not. The dative is built here from the grammar; verb forms from the test
 * paradigm ("қосылған еді" the past perfect). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { kindsAndDays } from '../../../events/extractSentences';
import { isFront, verbForms, sentenceOf, type KkForm } from './kkVerbParadigm';

/** The dative of a noun: -ға/-ге after a vowel or a voiced sound, -қа/-ке after a voiceless one. */
function dative(noun: string): string {
  const fr = isFront(noun);
  if (/[кқпстфхцчшщ]$/u.test(noun)) return noun + (fr ? 'ке' : 'қа');
  return noun + (fr ? 'ге' : 'ға');
}
/** The possessive's dative (3rd person): -ына/-іне after a consonant, -сына/-сіне after a vowel; қ, к voice. */
function possessiveDative(noun: string): string {
  const fr = isFront(noun);
  if (/[аәеөоұүыіэя]$/u.test(noun)) return noun + (fr ? 'сіне' : 'сына');
  const stem = noun.replace(/[қк]$/u, (c) => (c === 'қ' ? 'ғ' : 'г'));
  return stem + (fr ? 'іне' : 'ына');
}
/** The genitive: -ның/-нің after a vowel, -дың/-дің after a voiced sound, -тың/-тің after a voiceless one. */
function genitive(noun: string): string {
  const fr = isFront(noun);
  if (/[аәеөоұүыіэя]$/u.test(noun)) return noun + (fr ? 'нің' : 'ның');
  if (/[кқпстфхцчшщ]$/u.test(noun)) return noun + (fr ? 'тің' : 'тың');
  return noun + (fr ? 'дің' : 'дың');
}

const NOUNS = ['ұйым', 'одақ', 'конвенция', 'келісім', 'шарт', 'альянс', 'қауымдастық'];
const ABBREVIATIONS = ['ШЫҰ-ға', 'ДСҰ-ға', 'БРИКС-ке', 'ЕАЭО-ға'];
const ORGS_DATIVE = [
  ...NOUNS.flatMap((n) => [dative(n), `Халықаралық ${possessiveDative(n)}`]),
  ...ABBREVIATIONS,
];
const ROLES = ['', 'бақылаушы ретінде ', 'толыққанды мүше ретінде ', 'серіктес мемлекет ретінде '];
const FORMS: KkForm[] = ['past', 'present', 'future', 'reported', 'perfectAux'];
const JOIN = verbForms('қосыл');

describe('Kazakh: a state joining an organisation', () => {
  it('builds the cases', () => {
    expect(ORGS_DATIVE.slice(0, 4)).toEqual(['ұйымға', 'Халықаралық ұйымына', 'одаққа', 'Халықаралық одағына']);
    expect(possessiveDative('конвенция')).toBe('конвенциясына');
    expect(genitive('одақ')).toBe('одақтың');
  }); // prettier-ignore

  const joined = ORGS_DATIVE.flatMap((org) =>
    ROLES.flatMap((role) =>
      FORMS.map((form) =>
        sentenceOf(form, `Қазақстан 5 наурызда ${org} ${role}`.trim(), JOIN[form]),
      ),
    ),
  );
  it.each(joined)('a membership cue: %s', (sentence) => {
    expect(findTriggers(sentence, 'kk').map((h) => h.trigger.type)).toContain('membership');
  });

  const entered = [...NOUNS.map(genitive), 'ЕАЭО-ның', 'ұйым'].flatMap((owner) =>
    ['кірді', 'кірген болатын', 'қабылданды', 'қабылданбақ'].map(
      (v) => `Қазақстан 5 наурызда ${owner} құрамына ${v}.`,
    ),
  );
  it.each(entered)('its membership entered: %s', (sentence) => {
    expect(findTriggers(sentence, 'kk').map((h) => h.trigger.type)).toContain('membership');
  });

  it.each(
    [
      'Қазақстан 5 наурызда Шанхай ынтымақтастық ұйымына бақылаушы ретінде қосылды.',
      'Қазақстан 5 наурызда Еуразиялық экономикалық одақтың құрамына кірді.',
      'Моңғолия 5 наурызда ұйымда бақылаушы мәртебесін алды.',
      'Кейін 5 наурызда одаққа Армения мен Қырғызстан қосылды.',
    ].flatMap((s) => [s, s.replace('5 наурызда', '2015 жылғы 5 наурызда')]),
  )('dated by its sentence: %s', (sentence) => {
    const day = sentence.includes('2015') ? '2015-03-05' : '2025-03-05';
    expect(kindsAndDays('kk', `Мәтін.\n\n${sentence}`, '2025-03-12')).toContain(
      `membership ${day}`,
    );
  });

  it.each([
    'Ұйымға қосылған елдер саны оныншы болды.',
    'Ол 5 наурызда жұмыс тобына қосылды.',
    'Біз әріптестердің пікіріне қосыламыз.',
    'Қазақстан ЕАЭО-ға кіреді.',
    'Ұйымдастырушыларға еріктілер қосылды.',
  ])('no membership: %s', (sentence) => {
    expect(findTriggers(sentence, 'kk').map((h) => h.trigger.type)).not.toContain('membership');
  });
});
