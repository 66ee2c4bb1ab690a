/**
 * A body's subunits in Russian ("комитет", "комиссия", "фракция", "департамент"): a person who
 * heads one heads no chamber or ministry ("возглавлял комитет Мажилиса по международным делам").
 */
export const RU_BODY_SUBUNIT =
  /(?<![\p{L}])(?:подкомитет|комитет|комисси|фракци|департамент|управлени|отдел|аппарат|секци)\p{L}*/iu;
