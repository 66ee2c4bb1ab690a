/** Deadlines in a Kazakh sentence, for the cues of an instruction and of a task due by a day. */

/**
 * A deadline: a day, a part of a month, a season or the year's end, before "дейін" (up to it), or
 * "дейінгі мерзімде" (in the term up to it); or a day in the ablative before "кешіктірмей" (no
 * later than it: "1 қазаннан кешіктірмей").
 */
export const KK_DUE_BY = new RegExp(
  String.raw`(?:\d\s*[\p{L}-]*|(?:соң|орта|бас|аяғ)(?:ына|іне|ынан|інен)|(?:жаз|күз|көктем|қыс)(?:ына|іне))\s+(?:(?:дейін|шейін)(?:гі\s+мерзім\p{L}*)?|кешіктірмей)(?![\p{L}])`,
  'iu',
);

/** No deadline in the sentence (KK_DUE_BY's negation, for a cue that stands aside for it). */
export const KK_NOT_DUE_BY = new RegExp(`^(?![^]*${KK_DUE_BY.source})`, 'iu');
