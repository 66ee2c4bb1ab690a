/**
 * What was done to a budget, read off its cue's verb ("бюджетті бекітті", "одобрил бюджет",
 * "бюджетке түзету енгізді", "внёс изменения в бюджет"): approved or adopted, or amended. A
 * budget only taken up ("бюджет қаралды") says neither: its title stays the bare decision.
 */
import type { Localized, SourceLang } from '../../../src/model/schema';
import { L, tense, type Parts } from './titleParts';

export type BudgetStep = 'approved' | 'amended';

const AMENDED: Record<SourceLang, RegExp> = {
  kk: /(?<![\p{L}])(?:енгіз|нақтыла|түзет|өзгеріс)/iu,
  ru: /(?<![\p{L}])(?:вн[её]с|внос|внест|уточн|скорректир|откорректир|корректир|изменени|поправк)/iu,
};
const APPROVED: Record<SourceLang, RegExp> = {
  kk: /(?<![\p{L}])(?:бекіт|мақұлда|қабылда)/iu,
  ru: /(?<![\p{L}])(?:утвер[дж]|одобр|прин[яи]|прим[её]?[тму])/iu,
};

export function budgetStep(lang: SourceLang, cue: string): BudgetStep | undefined {
  if (AMENDED[lang].test(cue)) return 'amended';
  return APPROVED[lang].test(cue) ? 'approved' : undefined;
}

/** "Бюджет бекітілді" / "Утверждён бюджет" / "A budget is approved", or to be so. */
export function budgetTitle(c: Parts, step: BudgetStep, at: Localized): Localized {
  if (step === 'amended')
    return L(`Бюджет ${tense(c, 'нақтыланды', 'нақтыланбақ')}${at.kk}`, `${tense(c, 'Уточнён', 'Будет уточнён')} бюджет${at.ru}`, `${tense(c, 'The budget is amended', 'The budget to be amended')}${at.en}`); // prettier-ignore
  return L(`Бюджет ${tense(c, 'бекітілді', 'бекітілмек')}${at.kk}`, `${tense(c, 'Утверждён', 'Будет утверждён')} бюджет${at.ru}`, `${tense(c, 'A budget is approved', 'A budget to be approved')}${at.en}`); // prettier-ignore
}
