/**
 * A date expression written with a day number, a month's or a season's name ("5 маусымда",
 * "в марте", "күзде"), unlike a deictic one ("бүгін", "вчера", "на прошлой неделе"). Read where a
 * year stated elsewhere may stand in for the one the expression leaves out. (May in every case:
 * "май", "мая", "маю", "в мае", "маем".)
 */
export const NAMED_DATE =
  /\d|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан|көктем|жаз|күз|қыс|январ|феврал|март|апрел|ма(?:й|я|ю|е|ем)|июн|июл|август|сентябр|октябр|ноябр|декабр|весн|лет|осен|зим/iu;
