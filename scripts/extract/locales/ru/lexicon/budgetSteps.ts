/** Russian verbs of what was done to a budget (events/budgetStep.ts): amended, or approved. */
export const RU_BUDGET_STEPS = {
  amended:
    /(?<![\p{L}])(?:вн[её]с|внос|внест|уточн|скорректир|откорректир|корректир|изменени|поправк)/iu,
  approved: /(?<![\p{L}])(?:утвер[дж]|одобр|прин[яи]|прим[её]?[тму])/iu,
};
