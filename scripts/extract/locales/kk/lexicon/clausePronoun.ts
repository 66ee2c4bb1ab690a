/** A clause opening with a third-person pronoun, which stands for a thing named before (events/dueAntecedent.ts). */
export const KK_CLAUSE_PRONOUN = /^\s*(?:ол|олар)(?!\p{L})/iu;
