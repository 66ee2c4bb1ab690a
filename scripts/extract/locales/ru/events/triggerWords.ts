/** Words the parts of the Russian trigger lexicon share (triggers.ts). */

export const T = String.raw`\p{L}*`;
/** Up to n words in between. */
export const GAP = (n: number) => String.raw`(?:[\p{L}\p{N}«»"“”.,-]+\s+){0,${n}}`;
/**
 * Up to n words in between, all in one clause: none ends on a comma that a joint follows ("…
 * одобрил референдум, а 1 июля закон вступил": the subject of the second clause is "закон").
 */
export const CLAUSE_GAP = (n: number) =>
  String.raw`(?:(?![\p{L}\p{N}«»"“”.-]*,\s+(?:а|но|однако|и|или|затем|потом)\s)[\p{L}\p{N}«»"“”.,-]+\s+){0,${n}}`;
/**
 * An act only talked of: the content of an idea ("идею прямых выборов", "идея референдума"), or what
 * talk, a dispute or a petition is about or against ("разговоры о его отставке", "петиция против
 * переименования", "споры вокруг референдума"), and anything after "против" or "вокруг": the act is
 * no event of the sentence's day. Read as the words right before a noun cue (notAfter).
 */
export const TALKED_OF = String.raw`(?:(?<![\p{L}])иде(?:я|и|ю|ей|е)\s+(?:(?:о|об|про)\s+)?|(?<![\p{L}])(?:разговор|слух|спекуляци|домысл|спор|дискусси|дебат|петици)\p{L}{0,3}\s+(?:о|об|про|вокруг|против)\s+|(?<![\p{L}])(?:против|вокруг)\s+)(?:[\p{L}-]+\s+){0,2}$`;
/**
 * A noun cue whose own predicate denies the act, past a relative clause set off by commas: "отставка
 * Смаилова, которой многие ждали, так и не прозвучала", "съезд, о котором говорили, так и не
 * состоялся", "референдум не был проведен". Read as the words right after the noun (notBefore);
 * a negation in the cue's own clause is read by the aspect already, not past a comma.
 */
export const DENIED = String.raw`^(?:\s+[\p{L}\p{N}«»"-]+){0,3}?(?:\s*,\s*(?:о\s+|в\s+|на\s+|с\s+|за\s+|к\s+|от\s+)?котор[^,.;:]*,)?\s+(?:так\s+и\s+)?не\s+(?:был[аои]?\s+)?(?:состо|прозвучал|последовал|произош|случил|прош[её]?л|провед[её]н|объявлен|принят)\p{L}*`;
