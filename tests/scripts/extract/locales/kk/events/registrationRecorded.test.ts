/**
 * "Тіркелді" is registered or recorded: people, parties, lists and results are registered (an
 * event of the vote's calendar); a case, a fact, a figure or a milestone is only recorded, with its
 * time between or not ("инфекцияның алғашқы жағдайлары 13 наурызда тіркелген", "бұзушылық
 * фактілері тіркелді"). Generated: what is recorded or registered × the time between × the forms
 * of the passive. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { passiveOf, verbForms, type KkForm } from './kkVerbParadigm';

const registration = (sentence: string) =>
  findTriggers(sentence, 'kk').some((h) => h.trigger.facet === 'registration');

const RECORDED = [
  'инфекцияның алғашқы жағдайлары',
  'ауру жағдайы',
  'бұзушылық фактілері',
  'келесі белес',
  'белсенділіктің ең жоғары көрсеткіші',
  'жаңа инфекция',
];
const REGISTERED = ['жеті кандидат', 'жаңа партия', 'партиялық тізімдер', 'бастамашыл топ'];
const TIMES = ['', '13 наурызда ', 'кеше ', 'өткен аптада '];
const FORMS: KkForm[] = ['past', 'perfect', 'perfectAux', 'future', 'present'];
const passive = verbForms(passiveOf('тірке'));
const sentences = (subjects: string[]) =>
  subjects.flatMap((s) =>
    TIMES.flatMap((t) => FORMS.map((f) => `Облыста ${s} ${t}${passive[f]}.`)),
  );

describe('Kazakh: a case, a fact or a milestone recorded is no registration', () => {
  it.each(sentences(RECORDED))('%s', (s) => expect(registration(s)).toBe(false));
});

describe('Kazakh: people, parties and lists registered are', () => {
  it.each(sentences(REGISTERED))('%s', (s) => expect(registration(s)).toBe(true));
});
