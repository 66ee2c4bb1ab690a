/**
 * The text before a date ends inside a Russian relative clause ("протестов, которые начались
 * 2 января", "в котором …"): the date is the clause's background, not the day the story is at
 * (dates/nextDay.ts counts "Накануне" from the publication after it).
 */
export const RU_RELATIVE_CLAUSE = /(?<![\p{L}])котор\p{L}*[^.;:!?,«»"]*$/iu;
