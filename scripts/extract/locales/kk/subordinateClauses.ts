/**
 * Kazakh subordinate clauses of time, cause and concession, which end on a participle with a case
 * or a postposition: "Назарбаев отставкаға кететінін жариялағаннан кейін, сайлау жарлықпен
 * тағайындалды". The clause opens at the sentence's start or after a comma and closes on that word.
 * Kazakh drops a subject the two clauses share ("Тоқаев Анкараға барғаннан кейін, заңға қол
 * қойды": Tokayev signed), so a person the clause names is its own subject only when the main
 * clause names another person, or when its verb is passive and so has no subject who acts
 * ('needsOther' tells the first case: events/asideClause.ts checks it against the sentence's
 * people).
 */
import { KK_PASSIVE_CLOSE } from './kkPassiveClose';
import { memoByText } from '../../memoByText';

const PAST = '(?:ған|ген|қан|кен)';
const HABITUAL = '(?:атын|етін|йтын|йтін)';
/**
 * The word that closes the clause: the past participle in the ablative before "кейін"/"соң"/"бері"
 * (after, since) or bare before "соң"/"кезде"/"сайын" (after, when, whenever); in the locative
 * (-ғанда, when), with -дықтан (because), -ымен (although), the dative before "дейін" (until);
 * the conditional before "да" (-са да, even though); the negative before "бұрын" (-мас бұрын,
 * before).
 */
const CLOSING = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?!(?:науқан|мекен|жезқазған)\p{L}*(?![\p{L}\p{M}]))[\p{L}\p{M}]{2,}?(?:${PAST}(?:нан|нен)\s+(?:кейін|соң|бері)|${PAST}\s+(?:соң|кейін|кезде|кезінде|сайын)|${PAST}(?:да|де)|(?:${PAST}|${HABITUAL})(?:дықтан|діктен)|${PAST}(?:ымен|імен)|${PAST}(?:ға|ге)\s+(?:дейін|шейін)|(?:са|се)\s+(?:да|де)|(?:мас|мес|бас|бес|пас|пес)\s+бұрын)(?![\p{L}\p{M}])`,
  'giu',
);

/** A cheap first test: the letters every closing word above holds. */
const CUE =
  /кейін|соң|бері|кезде|кезінде|сайын|дейін|шейін|бұрын|дықтан|діктен|[ғгқк][ае]н(?:да|де)|[ғгқк][ае]н[ыі]мен|с[ае]\s+д[ае]/u;

/** The last word before the sentence's end: the main verb (Kazakh puts it last). */
const LAST_WORD = /([\p{L}\p{M}]+)[^\p{L}\p{M}]*$/u;

export interface KkClause {
  span: [number, number];
  /** Whether the person it names is only set aside when another person is named outside it. */
  needsOther: boolean;
}

/**
 * The subordinate clauses of `text` (a sentence), each from its opening to its closing word.
 * (Asked once per person and trigger of the sentence: remembered by the text. Read-only.)
 */
export const kkSubordinateClauses: (text: string) => readonly KkClause[] = memoByText(readClauses);

function readClauses(text: string): KkClause[] {
  if (!CUE.test(text)) return [];
  const clauses: KkClause[] = [];
  let floor = 0;
  for (const m of text.matchAll(CLOSING)) {
    const to = m.index + m[0].length;
    const from = Math.max(floor, text.lastIndexOf(',', m.index) + 1);
    floor = to;
    clauses.push({ span: [from, to], needsOther: true });
  }
  if (clauses.length === 0) return clauses;
  // (The main clause's verb closes the sentence: a passive one, "жарлықпен тағайындалды", has no
  // acting subject the clause could share.)
  const main = LAST_WORD.exec(text.slice(floor))?.[1] ?? '';
  const passive = KK_PASSIVE_CLOSE.test(main);
  return passive ? clauses.map((c) => ({ ...c, needsOther: false })) : clauses;
}

/**
 * A subject of the clause's own that is a body, in the nominative, bare or possessive: "Парламент
 * заңды қабылдағаннан кейін", "Парламент Мәжілісі …", "депутаттар …". The clause's act is then
 * the body's, not that of a person the main clause names (events/asideClause.ts).
 */
export const KK_CLAUSE_BODY =
  /(?<![\p{L}\p{M}])(?:(?:парламент|мәжіліс|сенат|үкімет|мәслихат)(?:[ыі])?|палата(?:сы)?|(?:депутат|сенатор)тар(?:ы)?|мәжілісмендер(?:і)?)(?![\p{L}\p{M}])/iu;
