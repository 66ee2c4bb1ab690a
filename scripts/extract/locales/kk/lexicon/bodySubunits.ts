/**
 * A body's subunits in Kazakh ("комитеті", "комиссиясы", "фракциясы", "басқармасы", "бөлімі"): a
 * person who heads one heads no chamber or ministry ("Мәжілістің халықаралық істер комитетін
 * басқарды").
 */
export const KK_BODY_SUBUNIT =
  /(?<![\p{L}])(?:комитет|комиссия|фракция|департамент|басқарма|бөлім|аппарат)\p{L}*/iu;
