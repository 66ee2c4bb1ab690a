/**
 * Results announced are a statement ("сайлаудың қорытындысын жариялады"); a period, the economy's
 * course or a body's work summed up ("жылдың қорытындысы шығарылды", "даму қорытындысын шығарып")
 * is a sitting's business, no announcement of its own. Generated: what is summed up (bare and in
 * the genitive) × the results noun's forms × the forms of шығар and жариял, active and passive.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { passiveOf, verbForms, type KkForm } from './kkVerbParadigm';

const results = (sentence: string) =>
  findTriggers(sentence, 'kk').some(
    (h) => h.trigger.type === 'statement' && h.trigger.facet === 'results',
  );

const SUMMED = [
  'әлеуметтік-экономикалық даму',
  'әлеуметтік-экономикалық дамуының',
  'өткен жылдың',
  'жылдың',
  'бірінші тоқсанның',
  'жұмыс',
  'ведомство жұмысының',
  'мемлекеттік бағдарламаның',
];
const VOTES = ['сайлаудың', 'референдумның', 'дауыс беру', 'Мәжіліс сайлауының'];
const NOUNS = ['қорытындысын', 'қорытындысы', 'нәтижелерін', 'нәтижелері'];
const FORMS: KkForm[] = ['past', 'perfect', 'future', 'present', 'converb'];
const verbs = ['шығар', 'жарияла'].flatMap((stem) =>
  FORMS.flatMap((f) => [verbForms(stem)[f], verbForms(passiveOf(stem))[f]]),
);
const sentence = (owner: string, noun: string, verb: string) =>
  `Үкімет отырысында 5 ақпанда ${owner} ${noun} ${verb}${/п$/u.test(verb) ? ', міндеттер айқындалды' : ''}.`;

describe('Kazakh: a period or a work summed up is no results statement', () => {
  const cases = SUMMED.flatMap((o) => NOUNS.flatMap((n) => verbs.map((v) => sentence(o, n, v))));
  it.each(cases)('%s', (s) => expect(results(s)).toBe(false));
});

describe('Kazakh: the results of a vote announced are', () => {
  const cases = VOTES.flatMap((o) => NOUNS.flatMap((n) => verbs.map((v) => sentence(o, n, v))));
  it.each(cases)('%s', (s) => expect(results(s)).toBe(true));
});

describe('Kazakh: an act told "following" something (қорытындысы бойынша) is not its results', () => {
  const FOLLOWED = ['Келіссөз', 'Кездесу', 'Сайлау', 'Тексеру', 'Отырыс'];
  const ACTS = [
    'Президент саяси реформаларды жариялады',
    'Үкімет жаңа бағдарламаны жариялайды',
    'ведомство шешім шығарды',
    'комиссия жоспарды бекітті',
  ];
  const cases = FOLLOWED.flatMap((f) =>
    ['қорытындысы', 'нәтижесі'].flatMap((n) => ACTS.map((a) => `${f} ${n} бойынша ${a}.`)),
  );
  it.each(cases)('%s', (s) =>
    expect(
      findTriggers(s, 'kk').some(
        (h) => h.trigger.facet === 'results' && /^(?:қорыт|нәтиж)/u.test(h.text),
      ),
    ).toBe(false),
  );
});
