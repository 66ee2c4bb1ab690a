/**
 * What was done to a budget, read off its cue's verb ("бюджетті бекітті", "одобрил бюджет",
 * "бюджетке түзету енгізді", "внёс изменения в бюджет"): approved or adopted, or amended. A
 * budget only taken up ("бюджет қаралды") says neither: its title stays the bare decision.
 */
import type { Localized, SourceLang } from '../../../src/model/schema';
import { KK_BUDGET_STEPS } from '../locales/kk/lexicon/budgetSteps';
import { RU_BUDGET_STEPS } from '../locales/ru/lexicon/budgetSteps';
import { L, tense, type Parts } from './titleParts';

export type BudgetStep = 'approved' | 'amended';

const STEPS = { kk: KK_BUDGET_STEPS, ru: RU_BUDGET_STEPS };

export function budgetStep(lang: SourceLang, cue: string): BudgetStep | undefined {
  if (STEPS[lang].amended.test(cue)) return 'amended';
  return STEPS[lang].approved.test(cue) ? 'approved' : undefined;
}

/** "Бюджет бекітілді" / "Утверждён бюджет" / "A budget is approved", or to be so. */
export function budgetTitle(c: Parts, step: BudgetStep, at: Localized): Localized {
  if (step === 'amended')
    return L(`Бюджет ${tense(c, 'нақтыланды', 'нақтыланбақ')}${at.kk}`, `${tense(c, 'Уточнён', 'Будет уточнён')} бюджет${at.ru}`, `${tense(c, 'The budget is amended', 'The budget to be amended')}${at.en}`); // prettier-ignore
  return L(`Бюджет ${tense(c, 'бекітілді', 'бекітілмек')}${at.kk}`, `${tense(c, 'Утверждён', 'Будет утверждён')} бюджет${at.ru}`, `${tense(c, 'A budget is approved', 'A budget to be approved')}${at.en}`); // prettier-ignore
}
