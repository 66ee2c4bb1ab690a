/** Candidates for the President's post: "кандидатов в президенты", "кандидат на пост Президента". */
export const RU_CANDIDATES_FOR_PRESIDENT =
  /кандидат\p{L}*\s+(?:в\s+президент|на\s+(?:пост|должность)\s+президент)/iu;
