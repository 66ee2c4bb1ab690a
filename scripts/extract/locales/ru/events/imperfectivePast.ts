/**
 * The past of an act verb's imperfective: "парламент принимал поправки", "партия выдвигала
 * кандидата", "депутаты рассматривали законопроект". Russian tells one act so when it states only
 * that it was done at some time (the general-factual imperfective), not as the day's news: dated,
 * it is that act on its own date, the same kind of event as its perfective ("принял",
 * "выдвинула", "рассмотрели"); undated, it is recalled and never takes the publication day
 * (aspect.ts, `pastPerfect`).
 *
 * A secondary imperfective is made from its perfective by a suffix: -ыва-/-ива- ("рассмотреть" →
 * "рассматривать", "подписать" → "подписывать"), -а-/-я- with the stem's alternation ("одобрить" →
 * "одобрять", "утвердить" → "утверждать", "выдвинуть" → "выдвигать", "принять" → "принимать"), or
 * the unprefixed -ить of a motion verb ("внести" → "вносить"). So each act's imperfective stem is
 * written once here, and its past adds -л with gender and number (-ла, -ло, -ли).
 */

/** A span of days, "с 20 января по 8 февраля", "с 1 до 10 марта". */
const SPAN = String.raw`с\s+\d{1,2}(?:-го)?(?:\s+\p{L}+)?\s+(?:по|до)\s+\d{1,2}(?:-го)?\s+\p{L}+`;

/**
 * The past's ending after an imperfective stem, with gender and number: -л, -ла, -ло, -ли. Not
 * over a span of days, before or after it within three words ("Кандидатов выдвигали с 20 января
 * по 8 февраля"): the imperfective tells a process lasting the span, no one act; the span is told.
 */
const PAST = String.raw`(?:л|ла|ло|ли)(?![\p{L}])(?!\s+(?:[\p{L}-]+\s+){0,3}${SPAN})(?<!${SPAN}\s+(?:[\p{L}-]+\s+){0,3}[\p{L}]+)`;

/** The past of an imperfective stem: "принима" → "принимал", "принимала", "принимали". */
export const pastOf = (stem: string) => String.raw`${stem}${PAST}`;

/** принимать (a law, amendments), not taking part or measures ("принимал участие", "меры"). */
export const ACCEPTING = String.raw`принима${PAST}(?!\s+(?:участи|мер))`;
/** одобрять, утверждать, поддерживать: a chamber's or an official's approval. */
export const APPROVING = pastOf('(?:одобря|утвержда|поддержива)');
/** рассматривать (a bill). */
export const CONSIDERING = pastOf('рассматрива');
/** выдвигать (a candidate, an idea). */
export const NOMINATING = pastOf('выдвига');
/** вносить (a bill, amendments, a candidacy): "вносил", "вносило", "вносили". */
export const SUBMITTING = pastOf('вноси');
/** подписывать (a law, a decree). */
export const SIGNING = pastOf('подписыва');
/** предлагать (a proposal). */
export const PROPOSING = pastOf('предлага');
/** объявлять (an election, a year's name). */
export const ANNOUNCING = pastOf('объявля');
/** отклонять, отменять (a law turned down or repealed). */
export const REJECTING = pastOf('(?:отклоня|отменя)');

/**
 * Verbs of saying (заявлять, сообщать, отмечать, подчеркивать, говорить, …): "5 мая президент
 * заявлял, что …" is a statement made that day as much as "заявил" is.
 */
export const SAYING = pastOf(
  '(?:заявля|сообща|отмеча|подчеркива|говори|рассказыва|поясня|заверя|призыва|предупрежда|указыва)',
);

/**
 * Every act's imperfective past the rules read, and those of the act verbs whose stems read both
 * aspects already ("назначал", "избирала", "созывали", "освобождал", "распускал", "создавал",
 * "учреждал", "возвращал", "направлял"): told undated, each is a recall.
 */
export const RU_ACT_IMPERFECTIVE_PAST = String.raw`(?:${ACCEPTING}|${APPROVING}|${CONSIDERING}|${NOMINATING}|${SUBMITTING}|${SIGNING}|${PROPOSING}|${ANNOUNCING}|${REJECTING}|${pastOf('(?:назнача|избира|созыва|освобожда|распуска|создава|учрежда|возвраща|направля)')})`;
