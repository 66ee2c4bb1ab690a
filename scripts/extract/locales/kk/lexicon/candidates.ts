/**
 * Candidates for the President's post, a count or a word between: "Президенттікке алты үміткер",
 * "Президент лауазымына кандидаттар".
 */
export const KK_CANDIDATES_FOR_PRESIDENT =
  /(?:президенттікке|президент\s+(?:лауазымына|қызметіне|постына))\s+(?:\p{L}+\s+){0,2}?(?:кандидат|үміткер)/iu;
