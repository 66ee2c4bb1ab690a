/**
 * What the title of a measure tells (locales/<lang>/events/triggersMeasures.ts): who took it, the
 * cue's subject in the nominative ("Национальный банк повысил", "Үкімет … тыйым салды"; none
 * for a passive: "партия была запрещена" is banned, it bans nothing); for a rate decision, which
 * way the rate moved and the figure it was set at ("до 16,5%", "16,5 пайызға дейін"); for a ban,
 * whether it is on exports or imports; for diplomats, one or several, expelled or declared
 * persona non grata. Read only for these facets, from the sentence the cue stands in.
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_MEASURE_WORDS } from '../locales/kk/lexicon/measures';
import { RU_MEASURE_WORDS } from '../locales/ru/lexicon/measures';
import { findOrganisations } from '../arguments/findOrganisations';
import { isRoleWord } from '../arguments/isRoleWord';
import { KK_SPEAKER_ORG } from '../locales/kk/lexicon/speakerOrg';
import { RU_SPEAKER_ORG } from '../locales/ru/lexicon/speakerOrg';
import { nominative, ruGender, type SpeakerOrgCues } from './speakerOrg';

export interface MeasureWords {
  raised: RegExp;
  cut: RegExp;
  kept: RegExp;
  /** The figure the rate is set at, in group 1, as written ("16,5"). */
  rate: RegExp;
  exports: RegExp;
  imports: RegExp;
  many: RegExp;
  nonGrata: RegExp;
  passive: RegExp;
}

export const MEASURES: ReadonlySet<string> = new Set(['rate', 'ban', 'expulsion']);

export interface Measure {
  /** The id of the organisation that takes the measure. */
  by?: string;
  step?: 'raised' | 'cut' | 'kept';
  /** The rate set, as written, a comma or a point before its decimals. */
  rate?: string;
  on?: 'exports' | 'imports';
  many?: boolean;
  nonGrata?: boolean;
}

const WORDS: Record<SourceLang, MeasureWords> = { kk: KK_MEASURE_WORDS, ru: RU_MEASURE_WORDS };
const CUES: Record<SourceLang, SpeakerOrgCues> = { kk: KK_SPEAKER_ORG, ru: RU_SPEAKER_ORG };
const words = (t: string) => t.split(/\s+/u).filter((w) => /\p{L}|\p{N}/u.test(w));

/**
 * The organisation that takes the measure: the nearest one before the cue in its clause, in the
 * nominative, no post of a person before it or right after it, and no noun it possesses right after it ("Ұлттық банк
 * төрағасы": the chairman acts). Only the word right after it: a possessive stands next to its
 * possessor, while the object between a subject and its verb may end in the same letters
 * ("Үкімет малды елден әкетуге тыйым салды", the accusative -ды). (speakerOrg.ts reads a speaker,
 * whose cue has no object before it, by every word between.) A Russian past verb agrees with it.
 */
function takerOf(lang: SourceLang, text: string, at: number, cue: string): string | undefined {
  const cues = CUES[lang];
  const verb = cues.verbGender(cue);
  if (verb === 'plural') return undefined;
  const before = text.slice(0, at);
  const clauseStart = Math.max(0, ...[...before.matchAll(cues.clauseBreak)].map((m) => m.index + m[0].length)); // prettier-ignore
  const orgs = findOrganisations(text, lang).filter((o) => o.start >= clauseStart && o.end <= at);
  for (const o of orgs.reverse()) {
    const between = words(text.slice(o.end, at));
    if (between.length > cues.maxWordsBetween) continue;
    // (The object may be a post: "елшіні персона нон грата деп жариялады".)
    const [next = '', after = ''] = between;
    if (isRoleWord(next, lang)) continue;
    if (cues.possessed?.test(next) && !(cues.postposition?.test(after) ?? false)) continue;
    if (words(text.slice(clauseStart, o.start)).some((w) => isRoleWord(w, lang))) continue;
    const nom = nominative(lang, text, o);
    if (!nom) continue;
    const g: string | undefined =
      lang === 'ru' && verb && nom === 'shown' ? ruGender(o.text) : undefined;
    if (g && g !== verb) continue;
    return o.id;
  }
  return undefined;
}

export function measureOf(
  lang: SourceLang,
  text: string,
  at: number,
  cue: string,
  facet: string,
): Measure {
  const w = WORDS[lang];
  const out: Measure = {};
  const by = w.passive.test(cue) ? undefined : takerOf(lang, text, at, cue);
  if (by) out.by = by;
  if (facet === 'rate') {
    const step = w.cut.test(cue) ? 'cut' : w.kept.test(cue) ? 'kept' : w.raised.test(cue) ? 'raised' : undefined; // prettier-ignore
    if (step) out.step = step;
    const rate = w.rate.exec(text)?.[1];
    if (rate) out.rate = rate;
  }
  if (facet === 'ban') {
    const on = w.exports.test(text) ? 'exports' : w.imports.test(text) ? 'imports' : undefined;
    if (on) out.on = on;
  }
  if (facet === 'expulsion') {
    if (w.many.test(text)) out.many = true;
    if (w.nonGrata.test(cue)) out.nonGrata = true;
  }
  return out;
}
