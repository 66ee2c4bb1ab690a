/**
 * Things a bare verb of happening may tell of, beyond a vote's calendar steps (happeningOf.ts):
 * a composition or a ballot approved or announced, repair works or construction begun or ended,
 * troops withdrawn, payments ended, an appeal heard, voter lists posted, a ban, rules, a law or a code, a procedure brought into force. Which acts
 * each may undergo, and the words the titles give it (titlesCalendar.ts): the nominative in Kazakh, Russian and English, the
 * Russian genitive for "Начало …", "Утверждение …". The nouns that find them are per language
 * (locales/<lang>/lexicon/happeningWords.ts).
 */
import type { HappeningAct } from './happeningOf';

export type HappeningThing =
  | 'commissions-composition'
  | 'government-composition'
  | 'composition'
  | 'ballot'
  | 'concept'
  | 'proposals'
  | 'repairs'
  | 'construction'
  | 'payments'
  | 'withdrawal'
  | 'appeal'
  | 'voter-lists'
  | 'ban'
  | 'rules'
  | 'provisions'
  | 'law'
  | 'procedure';

const MADE: readonly HappeningAct[] = ['approved', 'announced'];
const WORKS: readonly HappeningAct[] = ['start', 'end'];

export const THING_ACTS: Record<HappeningThing, readonly HappeningAct[]> = {
  'commissions-composition': MADE,
  'government-composition': MADE,
  composition: MADE,
  ballot: MADE,
  concept: ['approved'],
  proposals: ['announced'],
  repairs: WORKS,
  construction: WORKS,
  payments: WORKS,
  withdrawal: WORKS,
  appeal: ['held'],
  'voter-lists': ['posted'],
  ban: ['in-force'],
  rules: ['in-force'],
  provisions: ['in-force'],
  law: ['in-force'],
  procedure: ['in-force'],
};

export interface ThingWords {
  kk: string;
  ruNom: string;
  ruGen: string;
  en: string;
  /** English agrees with it as a plural. */
  plural?: boolean;
}

// prettier-ignore
export const THING_WORDS: Record<HappeningThing, ThingWords> = {
  'commissions-composition': { kk: 'Комиссиялардың құрамы', ruNom: 'Состав комиссий', ruGen: 'состава комиссий', en: 'The composition of the commissions' },
  'government-composition': { kk: 'Үкімет құрамы', ruNom: 'Состав Правительства', ruGen: 'состава Правительства', en: "The Government's composition" },
  composition: { kk: 'Құрам', ruNom: 'Состав', ruGen: 'состава', en: 'The composition' },
  ballot: { kk: 'Бюллетень', ruNom: 'Бюллетень', ruGen: 'бюллетеня', en: 'The ballot' },
  concept: { kk: 'Тұжырымдама', ruNom: 'Концепция', ruGen: 'концепции', en: 'A policy concept' },
  proposals: { kk: 'Ұсыныстар', ruNom: 'Предложения', ruGen: 'предложений', en: 'Proposals', plural: true },
  repairs: { kk: 'Жөндеу жұмыстары', ruNom: 'Ремонтные работы', ruGen: 'ремонтных работ', en: 'Repair works', plural: true },
  construction: { kk: 'Құрылыс', ruNom: 'Строительство', ruGen: 'строительства', en: 'Construction' },
  payments: { kk: 'Төлемдер', ruNom: 'Выплаты', ruGen: 'выплат', en: 'Payments', plural: true },
  withdrawal: { kk: 'Контингентті шығару', ruNom: 'Вывод контингента', ruGen: 'вывода контингента', en: 'Withdrawal of the contingent' },
  appeal: { kk: 'Апелляциялық шағымды қарау', ruNom: 'Рассмотрение апелляции', ruGen: 'рассмотрения апелляции', en: 'Hearing of the appeal' },
  'voter-lists': { kk: 'Сайлаушылар тізімі', ruNom: 'Списки избирателей', ruGen: 'списков избирателей', en: 'Voter lists', plural: true },
  ban: { kk: 'Тыйым', ruNom: 'Запрет', ruGen: 'запрета', en: 'A ban' },
  rules: { kk: 'Жаңа қағидалар', ruNom: 'Новые правила', ruGen: 'новых правил', en: 'New rules', plural: true },
  provisions: { kk: 'Жаңа нормалар', ruNom: 'Новые нормы', ruGen: 'новых норм', en: 'New provisions', plural: true },
  // (A law or a code is titled by its name where the sentence gives one: titlesCalendar.ts.)
  law: { kk: 'Жаңа заң', ruNom: 'Новый закон', ruGen: 'нового закона', en: 'A new law' },
  procedure: { kk: 'Жаңа тәртіп', ruNom: 'Новый порядок', ruGen: 'нового порядка', en: 'A new procedure' },
};
