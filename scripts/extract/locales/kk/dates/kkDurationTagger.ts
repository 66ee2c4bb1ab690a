import type { TokenMatch } from '../../../dates/tagger';
import type { Token } from '../../../dates/tokenize';
import { readKkNumber, type KkNumber } from './readKkNumber';
import { isKkSunAt, kkUnitAt } from './kkWordAt';
import { KK_POSTPOSITIONS } from './kkLexicon';
import { isKkYearCount } from './kkYearCount';

const HEDGES = new Map([
  ['шамамен', 'APPROX'],
  ['шамасы', 'APPROX'],
  ['тура', ''],
]);

/** Words for an unknown count: "бірнеше күн", "бірер ай", "біраз жыл" (some years), "талай жыл". */
const SEVERAL = new Set(['бірнеше', 'бірер', 'біраз', 'көп', 'талай']);

/** "жыл сайын", "күнделікті", "жылдан-жылға", "күнде-күнде": recurrences. */
function readSet(tokens: readonly Token[], i: number): TokenMatch | null {
  const t = tokens[i];
  // Bare "күнде"/"жылда" mean every day/year; after a number they are durations (read first).
  // "күнде" after an attribute is "on a day" ("Шуақты күнде", "болған күнде"): only at a clause's
  // start is it "every day"; "жылда" is "every year" after words too ("су жылда басады").
  const clauseStart = tokens[i - 1] === undefined || tokens[i - 1]!.kind === 'punct';
  if ((t?.low === 'күнде' && clauseStart) || t?.low === 'жылда') {
    return { from: i, to: i + 1, reading: { kind: 'set', unit: t.low === 'күнде' ? 'D' : 'Y' } };
  }
  if (t?.low === 'күнделікті') return { from: i, to: i + 1, reading: { kind: 'set', unit: 'D' } };
  const unit = kkUnitAt(tokens, i);
  if (!unit) return null;
  const after = tokens[unit.next];
  if (after?.kind === 'word' && /^сайын/u.test(after.low)) {
    return { from: i, to: unit.next + 1, reading: { kind: 'set', unit: unit.value } };
  }
  if (
    after?.kind === 'dash' &&
    after.glued &&
    kkUnitAt(tokens, unit.next + 1)?.value === unit.value
  ) {
    return { from: i, to: unit.next + 2, reading: { kind: 'set', unit: unit.value } };
  }
  // "тәулік бойы", "күні бойы": the whole of one unit.
  if (after?.kind === 'word' && /^бойы/u.test(after.low) && unit.value !== 'M') {
    return { from: i, to: unit.next, reading: { kind: 'dur', unit: unit.value, amount: 1 } };
  }
  return null;
}

/**
 * "айлық есептік көрсеткіш" (the monthly calculation index) and "үш айлық жалақы" (three months'
 * pay), "бірнеше айлық табыс": months before a word of pay or of that index measure a sum of
 * money, not a time.
 */
const PAY = /^(?:есептік|көрсеткіш|жалақы|айлығ|айлық|табыс|зейнетақы|стипендия|жәрдемақы|ақы)/u;
function measuresPay(tokens: readonly Token[], unit: { low: string; next: number }): boolean {
  return unit.low === 'айлық' && PAY.test(tokens[unit.next]?.low ?? '');
}

const AND = new Set(['мен', 'бен', 'пен']);

/** "18 бен 30 жас аралығындағы": two counts joined by "мен" before a unit and "аралығында". */
function joinAmounts(tokens: readonly Token[], n: KkNumber): KkNumber {
  if (n.endValue !== undefined || !AND.has(tokens[n.next]?.low ?? '')) return n;
  const second = readKkNumber(tokens, n.next + 1);
  if (!second || second.tail !== '' || second.value <= n.value) return n;
  const unit = kkUnitAt(tokens, second.next);
  if (!unit || !/^аралығында/u.test(tokens[unit.next]?.low ?? '')) return n;
  return { ...second, value: n.value, endValue: second.value };
}

/**
 * "1,5 жыл", and "1 , 5 жыл" as transcripts space it: a decimal comma between a whole number and
 * one digit, before a unit, is one amount (a list of counts is not written "1, 5 жыл").
 */
function readDecimal(tokens: readonly Token[], i: number): KkNumber | null {
  const [whole, comma, tenth] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (whole?.kind !== 'number' || comma?.text !== ',' || tenth?.kind !== 'number') return null;
  if (!/^\d{1,3}$/u.test(whole.text) || !/^\d$/u.test(tenth.text)) return null;
  if (!kkUnitAt(tokens, i + 3)) return null;
  return { value: Number(`${whole.text}.${tenth.text}`), ordinal: false, tail: '', next: i + 3 };
}

const DATIVE = /^(?:ға|ге|қа|ке|на|не|а|е)$/u;
const NEARLY = /^(?:жуық|тарта|таяу)$/u;

/** "отызға жуық жылды", "20-ға тарта жыл": about N units, N in the dative before the hedge. */
function nearlyCount(tokens: readonly Token[], i: number, n: KkNumber): TokenMatch | null {
  if (!DATIVE.test(n.tail) || n.ordinal || n.endValue !== undefined) return null;
  if (!NEARLY.test(tokens[n.next]?.low ?? '')) return null;
  const unit = kkUnitAt(tokens, n.next + 1);
  // ("жүзге жуық жас": young people; "мыңға жуық жыл" is read as other counts of years are.)
  if (!unit || unit.low === 'жас' || measuresPay(tokens, unit)) return null;
  return {
    from: i,
    to: unit.next,
    reading: { kind: 'dur', unit: unit.value, amount: n.value, mod: 'APPROX' },
  };
}

/** "жасы" (his age), "орташа жасы/жастары" (their average age): the subject an age is said of.
 * Bare "жастары" is mostly the young people ("ауыл жастары 50-ге жетті"), a count. */
const isAgeSubject = (tokens: readonly Token[], k: number) =>
  tokens[k]?.low === 'жасы' || (tokens[k]?.low === 'жастары' && tokens[k - 1]?.low === 'орташа');
/** The cases an age takes as a predicate: "57-де" (is 57), "елуге" (nearing 50), "80-нен" (over 80). */
const AGE_CASE = /^(?:н?да|н?де|та|те|ға|ге|қа|ке|на|не|а|е|нан|нен|дан|ден|тан|тен)$/u;

/**
 * "Оның жасы 57-де", "жасы сексеннен асқан", "жастары елуге тақаған": a bare count in a case,
 * told of "жасы" (age) a few words before, is an age in years, as KazNERD marks it ("57-де").
 */
function ageAfterJasy(tokens: readonly Token[], i: number, n: KkNumber): TokenMatch | null {
  if (!AGE_CASE.test(n.tail) || n.ordinal || n.value < 1 || n.value > 130) return null;
  if (n.endValue !== undefined || kkUnitAt(tokens, n.next)) return null;
  if (![1, 2, 3].some((d) => isAgeSubject(tokens, i - d))) return null;
  return { from: i, to: n.next, reading: { kind: 'dur', unit: 'Y', amount: n.value } };
}

/**
 * Lengths of time and recurrences: "5 жылға", "бес жыл", "үш жарым жылға", "2 – 3 жылда",
 * "бірнеше күн", "3 айдың", "жыл сайын". Postpositions ("бұрын", "ішінде") are added by the
 * grammar's extend step, which turns "2 жыл бұрын" into a shifted date.
 */
export function kkDurationTagger(tokens: readonly Token[], i: number): TokenMatch | null {
  const set = readSet(tokens, i);
  if (set) return set;
  // "шамамен бес жыл" (about), "тура бір жыл" (exactly): the hedge belongs to the span.
  // "кем дегенде үш жыл" (at least three years): a two-word hedge.
  const twoWords = tokens[i]?.low === 'кем' && tokens[i + 1]?.low === 'дегенде';
  const hedge = twoWords ? 'EQUAL_OR_MORE' : HEDGES.get(tokens[i]?.low ?? '');
  if (hedge !== undefined) {
    const m = kkDurationTagger(tokens, i + (twoWords ? 2 : 1));
    if (!m || m.reading.kind !== 'dur') return null;
    return { from: i, to: m.to, reading: { ...m.reading, ...(hedge && { mod: hedge }) } };
  }
  // "жарты ай", "жарты жылға": half a unit.
  const half = tokens[i]?.low === 'жарты' ? kkUnitAt(tokens, i + 1) : null;
  if (half)
    return { from: i, to: half.next, reading: { kind: 'dur', unit: half.value, amount: 0.5 } };
  const t = tokens[i];
  if (t?.kind === 'word' && SEVERAL.has(t.low)) {
    const unit = kkUnitAt(tokens, i + 1);
    if (unit && !measuresPay(tokens, unit))
      return { from: i, to: unit.next, reading: { kind: 'dur', unit: unit.value } };
    return null;
  }
  const found = readDecimal(tokens, i) ?? readKkNumber(tokens, i);
  // "отызға жуық жыл", "30-ға тарта жыл" (nearly thirty years): the count in the dative before
  // "жуық"/"тарта" and the unit.
  const nearly = found && nearlyCount(tokens, i, found);
  if (nearly) return nearly;
  const age = found && ageAfterJasy(tokens, i, found);
  if (age) return age;
  if (!found || found.tail !== '') return null;
  const n = joinAmounts(tokens, found);
  let j = n.next;
  let amount = n.value;
  // "бір-ақ күн" (just one day): a glued particle.
  if (tokens[j]?.kind === 'dash' && tokens[j]!.glued && tokens[j + 1]?.low === 'ақ') j += 2;
  if (tokens[j]?.low === 'жарым') {
    amount += 0.5;
    j += 1;
  }
  // "он шақты жыл" (some ten years): an approximate count.
  const approx = tokens[j]?.low === 'шақты' || tokens[j]?.low === 'шамалы';
  if (approx) j += 1;
  const unit = kkUnitAt(tokens, j);
  if (!unit) return null;
  if (measuresPay(tokens, unit)) return null;
  if (isKkSunAt(tokens, j)) return null;
  // Bare "жас" after a number is young people ("15 жас дауыс береді"); ages take a case
  // ("15 жаста", "15 жасқа") or a postposition ("30 жас аралығындағы").
  if (unit.low === 'жас' && !KK_POSTPOSITIONS.has(tokens[unit.next]?.low ?? '')) return null;
  // Four-digit years before "жыл" are dates, left to the calendar tagger, unless the form counts
  // years ("2000 жылдық тарих", "5000 жыл бұрын").
  if (unit.value === 'Y' && n.value >= 1000 && !isKkYearCount(tokens, j)) return null;
  const end = n.endValue !== undefined ? { endAmount: n.endValue } : {};
  const mod = approx ? { mod: 'APPROX' } : {};
  return {
    from: i,
    to: unit.next,
    reading: { kind: 'dur', unit: unit.value, amount, ...end, ...mod },
  };
}
