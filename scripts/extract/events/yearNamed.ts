/**
 * A year given a name ("Президент объявил 2026 год Годом рабочих профессий", "2026 жыл Жұмысшы
 * мамандықтары жылы деп жарияланды") was titled "Event": the name is read, and the year named,
 * from the cue's clause. The name is the capitalised or quoted one after "Год(ом)" in Russian, the
 * words before "жылы деп" in Kazakh (after the year named, "2026 жыл(ды)", or in quotes); the year
 * is the name's, four digits, where the clause gives them. Whether the naming is done is told by
 * the cue's own verb (past or a short participle, with no "будет" before it: "объявлен";
 * Kazakh past "жарияланды"), not by the year: "объявил 2026 год …" is done, whatever year it names.
 * Words per language: locales/<lang>/lexicon/yearNamed.ts; titlesOther.ts words it.
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_YEAR_NAMED } from '../locales/kk/lexicon/yearNamed';
import { RU_YEAR_NAMED } from '../locales/ru/lexicon/yearNamed';
import { cueClause } from './clauseHappening';

export interface YearNamed {
  /** The name's own words past its head noun: "рабочих профессий", "Жұмысшы мамандықтары". */
  name: string;
  year?: number;
  /** Where the year named stands in the text ("2026 год", "следующий год"), and its length. */
  yearSpan?: { at: number; len: number };
  done: boolean;
  /** Told as the article's news (a perfect: "объявлен", "жариялап отыр"), not only narrated. */
  news: boolean;
}

export interface YearNamedCues {
  /** The word of a year's name, to test first (cheap): "Год", "жылы". */
  cheap: RegExp;
  /** The name; group 1 its own words. */
  name: RegExp;
  /** Where the name stands: after the cue (Russian "объявил … Годом …"), or before it (Kazakh "… жылы деп жарияланды"). */
  nameAfterCue: boolean;
  /** The year named; its four digits, where it has them, in group 1. */
  year: RegExp;
  /** A cue's verb told as done, and what makes it ahead before it ("будет"). */
  done: RegExp;
  ahead: RegExp;
  /**
   * The cue's verb, read from its start, in a form that tells the naming as today's news with no
   * date (a perfect: Russian short participle "объявлен", Kazakh "жариялап отыр"); a simple past
   * ("объявил", "жариялады") outside the lead tells a naming known from before (when.ts).
   */
  news: RegExp;
}

const CUES: Record<SourceLang, YearNamedCues> = { kk: KK_YEAR_NAMED, ru: RU_YEAR_NAMED };

export function yearNamed(
  lang: SourceLang,
  text: string,
  at: number,
  len: number,
): YearNamed | undefined {
  const cues = CUES[lang];
  if (!cues.cheap.test(text)) return undefined;
  const { from, to } = cueClause(text, at, len);
  const clause = text.slice(from, to);
  const year = cues.year.exec(clause);
  // (The name on its side of the cue, and after the year named where the clause names one there:
  // "Президент 2026 жылды … жылы деп жариялады", "объявил 2026 год Годом …".)
  const [lo, hi] = cues.nameAfterCue ? [at + len - from, clause.length] : [0, at - from];
  const yearEnd = year ? year.index + year[0].length : -1;
  const m = cues.name.exec(clause.slice(yearEnd >= lo && yearEnd <= hi ? yearEnd : lo, hi));
  const name = m?.[1]?.trim();
  if (!name) return undefined;
  const cue = text.slice(at, at + len);
  const done = cues.done.test(cue) && !cues.ahead.test(text.slice(from, at));
  return {
    name,
    ...(year?.[1] ? { year: Number(year[1]) } : {}),
    ...(year ? { yearSpan: { at: from + year.index, len: year[0].length } } : {}),
    done,
    news: cues.news.test(text.slice(at, to)),
  };
}
