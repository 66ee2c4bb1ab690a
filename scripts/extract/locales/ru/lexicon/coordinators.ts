/**
 * Where a Russian sentence joins two clauses of their own, each with its act: ", а", ", но", ";"
 * ("В 2019 году он был назначен вице-министром, а с 2023 года возглавлял компанию").
 */
export const RU_COORDINATE_BREAK = /,\s+(?:а|но|однако)\s+|;\s*/gu;

/** A clause that points back at the post the other one named: "а на его место назначен …". */
export const RU_POST_POINTED_BACK =
  /на\s+(?:его|её|ее|эту|этот|данн\p{L}*)\s+(?:мест|должност|пост)/iu;
