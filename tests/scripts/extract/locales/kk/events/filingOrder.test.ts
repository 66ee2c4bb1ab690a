/**
 * Kazakh puts the object first, then who filed it and when: "Өтінішті бастамашыл топ 5 наурызда
 * берген" is the filing of that day, as "5 наурызда өтініш берді" is. A reply or a consent given to
 * it (the dative, "өтінішіне жауап берді", "өтінішке келісім берді") is no filing. Generated:
 * objects × filers × the forms of бер, жолда, түсір. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { verbForms, type KkForm } from './kkVerbParadigm';

const filing = (sentence: string) =>
  findTriggers(sentence, 'kk').some((h) => h.trigger.facet === 'filing');

const OBJECTS = ['Өтінішті', 'Шағымды', 'Арызды', 'Апелляциялық шағымды', 'Өтінішін'];
const FILERS = ['бастамашыл топ', 'адвокат', 'ауыл тұрғындары'];
const FORMS: KkForm[] = ['past', 'perfect', 'perfectAux'];
const VERBS = ['бер', 'жолда', 'түсір'].flatMap((stem) => FORMS.map((f) => verbForms(stem)[f]));

describe('Kazakh: a complaint filed, the object first', () => {
  const cases = OBJECTS.flatMap((o) =>
    FILERS.flatMap((who) => VERBS.map((v) => `${o} ${who} 5 наурызда ${v}.`)),
  );
  it.each(cases)('%s', (s) => expect(filing(s)).toBe(true));
});

describe('Kazakh: a reply or a consent to it is no filing', () => {
  it.each([
    'Әкімдік кеше үлескерлердің өтінішіне келісім берді.',
    'Министрлік тұрғындардың шағымына 5 наурызда жауап берді.',
    'Өтінішті комиссия 5 наурызда қарауға жіберді.',
  ])('%s', (s) => expect(filing(s)).toBe(false));
});
