/**
 * Russian subordinate clauses of time, cause and concession: "Выборы были назначены указом от 9
 * апреля, после того как 19 марта Назарбаев объявил о своей отставке". A Russian finite clause
 * names its own subject, so the person named inside one is the subject of the clause's verb
 * (the resignation), not of the main verb's (the decree, whose passive names no one). The clause
 * runs from its conjunction to the next comma, dash or semicolon (or the sentence's end).
 */

/**
 * The conjunctions: "после того(,) как", "до того как", "перед тем как", "с тех пор как", "в то
 * время как", "прежде чем", "как только", "когда", "пока", "так как", "потому(,) что", "поскольку",
 * "хотя" (not "хотя бы", at least), "несмотря на то(,) что", "из-за того что", "в связи с тем что",
 * "благодаря тому что".
 */
const OPENING =
  /(?<![\p{L}-])(?:(?:после|до|перед|прежде|с\s+тех\s+пор|в\s+то\s+время|тогда)(?:\s+(?:того|тем))?,?\s+как|прежде\s+чем|как\s+только|когда|пока|так\s+как|потому,?\s+что|поскольку|хотя(?!\s+бы)|(?:несмотря\s+на\s+то|из-за\s+того|в\s+связи\s+с\s+тем|благодаря\s+тому|ввиду\s+того),?\s+что)(?![\p{L}])/giu;

/**
 * A cheap first test: a word that every conjunction above holds ("как", "чем", "когда", "пока",
 * "что", "поскольку", "хотя"), so that most sentences skip the full pattern.
 */
const CUE = /как|чем|когда|пока|что|поскольку|хотя/iu;

/** Where a clause stops: the next comma, semicolon or spaced dash. */
const CLOSE = /[,;]|\s[-–—]\s/gu;

/**
 * "Он"/"она" outside the clauses: the main clause's subject is a pronoun that refers back to the
 * person the clause names ("Когда Токаев прибыл в Анкару, он провёл переговоры"), who then acts in
 * both.
 */
const PRONOUN = /(?<![\p{L}])(?:он|она)(?![\p{L}])/iu;

/**
 * The spans [start, end) of `text` (a sentence) that its subordinate clauses take, whoever their
 * subject (events/subordinateActs.ts reads the acts they tell).
 */
export function ruClauseSpans(text: string): [number, number][] {
  if (!CUE.test(text)) return [];
  const spans: [number, number][] = [];
  for (const m of text.matchAll(OPENING)) {
    const from = m.index;
    CLOSE.lastIndex = from + m[0].length;
    const close = CLOSE.exec(text);
    spans.push([from, close ? close.index : text.length]);
  }
  return spans;
}

/**
 * A subject of the clause's own that is a body, in the nominative: "после того как парламент
 * принял закон" (not after a preposition: "поступил в Сенат"). The clause's act is then the
 * body's, not that of a person the main clause names (events/asideClause.ts).
 */
export const RU_CLAUSE_BODY =
  /(?<!(?<![\p{L}])(?:в|на|за|через|про|во)\s+)(?<![\p{L}])(?:парламент|мажилис|сенат|правительство|кабмин|палата|маслихат|акимат|депутаты|сенаторы|мажилисмены|парламентарии)(?![\p{L}])/iu;

/** The spans [start, end) of `text` (a sentence) whose people are not the main clause's. */
export function ruSubordinateClauses(text: string): [number, number][] {
  const spans = ruClauseSpans(text);
  if (spans.length === 0) return spans;
  const outside = spans.reduce(
    (rest, [from, to]) => rest.slice(0, from) + ' '.repeat(to - from) + rest.slice(to),
    text,
  );
  return PRONOUN.test(outside) ? [] : spans;
}
