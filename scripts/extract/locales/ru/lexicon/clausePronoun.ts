/** A clause opening with a third-person pronoun, which stands for a thing named before (events/dueAntecedent.ts). */
export const RU_CLAUSE_PRONOUN = /^\s*(?:он|она|оно|они)(?!\p{L})/iu;
