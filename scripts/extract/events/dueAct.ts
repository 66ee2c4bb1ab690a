/**
 * What is due by a deadline, where its clause says it: the act's verb, what it is done to and who
 * is to do it ("Правительство должно утвердить подзаконные акты до 1 октября": the Government is
 * to approve bylaws; "Учаскелік комиссиялар 6 қыркүйекке дейін құрылады": precinct commissions
 * are to be formed). The clause is the cue's, between commas, colons or sentence stops. The verb
 * nearest the cue names the act; the object nearest the verb what it is done to. Who is due is
 * the nominative subject of an active verb, or, where the clause instructs ("поручил",
 * "тапсырды"), the one instructed in the dative; a passive or a verb of lasting ("будет создана",
 * "жалғасады") names none. Words per language: locales/<lang>/lexicon/dueAct.ts. Keys only;
 * titlesDue.ts words them.
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_DUE } from '../locales/kk/lexicon/dueAct';
import { RU_DUE } from '../locales/ru/lexicon/dueAct';
import { antecedentObject } from './dueAntecedent';
import { isElectoral } from './happeningOf';

export type DueVerb =
  | 'approve'
  | 'submit'
  | 'adopt'
  | 'prepare'
  | 'complete'
  | 'form'
  | 'publish'
  | 'sign'
  | 'agree'
  | 'hold'
  | 'last';

export type DueObject =
  | 'regime'
  | 'bylaws'
  | 'plan'
  | 'bill'
  | 'precinct-commissions'
  | 'commissions'
  | 'road-map'
  | 'programme'
  | 'proposals'
  | 'draft-agreement'
  | 'explanations'
  | 'results'
  | 'public-discussion'
  | 'assessment'
  | 'concept'
  | 'decision'
  | 'amendments'
  | 'working-group'
  | 'compensation'
  | 'printing'
  | 'outreach'
  | 'report-meetings'
  | 'work'
  | 'applications'
  | 'registration'
  | 'campaign'
  | 'census'
  | 'charter'
  | 'strategy'
  | 'budget';

export type DueWho =
  | 'head-of-state'
  | 'government'
  | 'ministry'
  | 'agency'
  | 'akimat'
  | 'akimats'
  | 'regional-akims'
  | 'akims'
  | 'local-bodies'
  | 'working-group'
  | 'parties'
  | 'cec'
  | 'commission';

export interface DueAct {
  verb: DueVerb;
  object: DueObject;
  who?: DueWho;
}

export interface DueCues {
  /** A verb's active forms (infinitive, future, -у тиіс) and its passive or intransitive ones. */
  verbs: ReadonlyArray<readonly [DueVerb, RegExp, RegExp]>;
  /** Things that can be due, the longer wording first where one holds another. */
  objects: ReadonlyArray<readonly [DueObject, RegExp]>;
  /** Who can be due, in the nominative. */
  who: ReadonlyArray<readonly [DueWho, RegExp]>;
  /** Who can be instructed, in the dative. */
  addressee: ReadonlyArray<readonly [DueWho, RegExp]>;
  /** Words that instruct another: the subject is then not the one due. */
  instructs: RegExp;
  /** A deadline ("до 1 октября", "1 қазанға дейін"), which a happening's clause must hold to be due. */
  by: RegExp;
  /** A clause's end that joins it to the next, sharing its subject and duty (a Kazakh converb). */
  joins?: RegExp;
}

const CUES: Record<SourceLang, DueCues> = { kk: KK_DUE, ru: RU_DUE };

interface Found<K> {
  key: K;
  at: number;
  end: number;
}

function all<K>(list: ReadonlyArray<readonly [K, RegExp]>, text: string): Array<Found<K>> {
  const out: Array<Found<K>> = [];
  for (const [key, re] of list)
    for (const m of text.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`)))
      out.push({ key, at: m.index, end: m.index + m[0].length });
  // (A wording inside a longer one is the longer one's: "учаскелік комиссиялар", not "комиссиялар".)
  return out.filter((f) => !out.some((g) => g !== f && g.at <= f.at && g.end >= f.end && g.end - g.at > f.end - f.at)); // prettier-ignore
}

const gap = (a: { at: number; end: number }, b: { at: number; end: number }) =>
  Math.max(a.at - b.end, b.at - a.end, 0);

/**
 * What is due in the clause of the cue at `at` (`len` long), where the lexicon knows its verb and
 * object; `needsDeadline`: only where the clause names a day it is due by.
 */
export function dueAct(
  lang: SourceLang,
  text: string,
  at: number,
  len: number,
  needsDeadline = false,
): DueAct | undefined {
  const cues = CUES[lang];
  const stops = /[,;:.!?()]|\s[–—]\s/gu;
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(stops)) {
    if (m.index < at) {
      // ("… жұмысын 1 мамырға дейін аяқтап, Үкіметке есеп беруі тиіс": the converb's clause is the cue's.)
      const joined = m[0] === ',' && cues.joins?.test(text.slice(from, m.index));
      if (!joined) from = m.index + m[0].length;
    } else if (m.index >= at + len) {
      to = m.index;
      break;
    }
  }
  const clause = text.slice(from, to);
  if (needsDeadline && !cues.by.test(clause)) return undefined;
  const cue = { at: at - from, end: at - from + len };
  const verbs = [
    ...all(
      cues.verbs.map(([k, active]) => [{ k, passive: false }, active] as const),
      clause,
    ),
    ...all(
      cues.verbs.map(([k, , passive]) => [{ k, passive: true }, passive] as const),
      clause,
    ),
  ].sort((a, b) => gap(a, cue) - gap(b, cue));
  const verb = verbs[0];
  if (!verb) return undefined;
  const whoAll = verb.key.passive ? [] : cues.instructs.test(clause) ? all(cues.addressee, clause) : all(cues.who, clause); // prettier-ignore
  const who = whoAll[0];
  const objects = all(cues.objects, clause)
    .filter((o) => !who || o.end <= who.at || o.at >= who.end)
    .filter((o) => o.key !== 'campaign' || isElectoral(lang, text))
    .sort((a, b) => gap(a, verb) - gap(b, verb));
  const object =
    objects[0]?.key ??
    antecedentObject(lang, clause, text.slice(0, from), (before) =>
      all(cues.objects, before).filter((o) => o.key !== 'campaign' || isElectoral(lang, text)),
    );
  if (!object) return undefined;
  return { verb: verb.key.k, object, ...(who ? { who: who.key } : {}) };
}

/**
 * A document approved, told as done or ahead with no deadline: the act the cue at `at` names when
 * it is an approval the lexicon knows ("Үкімет іс-шаралар жоспарын бекітті", "утверждён план").
 */
/** Documents of policy, adopted as they are approved (not a decision: its cues tell what it decided). */
const POLICY_DOCUMENTS: ReadonlySet<DueObject> = new Set([
  'programme',
  'concept',
  'strategy',
  'plan',
  'road-map',
  'charter',
]);

export function approvalAct(
  lang: SourceLang,
  text: string,
  at: number,
  len: number,
): DueAct | undefined {
  const act = dueAct(lang, text, at, len);
  // (A document adopted is approved as much: "правительство приняло программу", "Үкімет
  // бағдарламаны қабылдады"; a law's adoption has cues of its own.)
  if (act?.verb === 'adopt') return POLICY_DOCUMENTS.has(act.object) ? act : undefined;
  return act?.verb === 'approve' ? act : undefined;
}
