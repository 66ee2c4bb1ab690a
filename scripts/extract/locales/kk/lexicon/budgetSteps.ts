/** Kazakh verbs of what was done to a budget (events/budgetStep.ts): amended, or approved. */
export const KK_BUDGET_STEPS = {
  amended: /(?<![\p{L}])(?:енгіз|нақтыла|түзет|өзгеріс)/iu,
  approved: /(?<![\p{L}])(?:бекіт|мақұлда|қабылда)/iu,
};
