/**
 * One who attends an inauguration is not the one sworn in: "Ант беру рәсіміне Тұңғыш Президент
 * Нұрсұлтан Назарбаев қатысты", "На церемонии инаугурации присутствовал … Назарбаев" name a guest.
 * A person in a clause whose verb is attending (and which tells no oath taken) is not an actor of
 * the inauguration; the title then names whom another sentence says took the oath, or no one.
 * Cues per language (locales/<lang>/lexicon/attendance.ts).
 */
import type { Actor, SourceLang } from '../../../src/model/schema';
import { KK_ATTENDANCE } from '../locales/kk/lexicon/attendance';
import { RU_ATTENDANCE } from '../locales/ru/lexicon/attendance';
import type { Sentence } from '../types';

export interface AttendanceCues {
  /** The verb (or participle) of attending. */
  attends: RegExp;
  /** A finite oath taken, the clause's own verb. */
  sworn: RegExp;
}

/** The cues of each language (a gathering attended reads them too: attendedGathering.ts). */
export const ATTENDANCE: Record<SourceLang, AttendanceCues> = {
  kk: KK_ATTENDANCE,
  ru: RU_ATTENDANCE,
};

/** The clauses of a sentence: between commas, semicolons and dashes. */
function clauses(text: string): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  let start = 0;
  for (const m of text.matchAll(/[,;]|\s[–—]\s/gu)) {
    out.push({ start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length, text: text.slice(start) });
  return out;
}

/**
 * The actors of an inauguration told in `s`, without those the sentence says only attended; and
 * where a clause tells the oath and names someone, only those it names ("19 марта Назарбаев
 * объявил о сложении полномочий, а 20 марта присягу принес Касым-Жомарт Токаев" was "Nursultan
 * Nazarbayev sworn in").
 */
export function withoutAttendees(lang: SourceLang, s: Sentence, actors: Actor[]): Actor[] {
  const cues = ATTENDANCE[lang];
  const inClause = (a: Actor, c: { start: number; end: number }) =>
    a.evidence.start - s.start >= c.start && a.evidence.start - s.start < c.end;
  const oaths = clauses(s.text).filter((c) => cues.sworn.test(c.text));
  const sworn = actors.filter((a) => oaths.some((c) => inClause(a, c)));
  if (sworn.length > 0) return sworn;
  if (!cues.attends.test(s.text)) return actors;
  const guests = clauses(s.text).filter(
    (c) => cues.attends.test(c.text) && !cues.sworn.test(c.text),
  );
  return actors.filter((a) => {
    const at = a.evidence.start - s.start;
    return !guests.some((c) => at >= c.start && at < c.end);
  });
}
