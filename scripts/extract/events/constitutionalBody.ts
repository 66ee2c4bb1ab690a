/**
 * Which body made a ruling on conformity to the Constitution: the Constitutional Council (until
 * 2023) or the Constitutional Court. They are different bodies, so a ruling is titled by the one
 * the sentence names: the nearest before the cue (its subject, "Конституционный совет 5 марта
 * признал …"), else the first after it (the agent, "… признан Конституционным советом"). Where
 * neither is named, the Court (the finding's words alone say no more). Another court rules so only
 * by its normative resolution, whose cue opens with its name ("Верховный суд принял нормативное
 * постановление по закону …"). The assembly of judges, where the sentence names it as the one
 * that found so ("Собрание судей признало закон неконституционным"), is that body, not the Court.
 * The names in every case are the organisations lexicon's (findOrganisations).
 */
import type { SourceLang } from '../../../src/model/schema';
import { findOrganisations } from '../arguments/findOrganisations';

export type ConstitutionalBody = 'council' | 'court' | 'supreme' | 'judges';

const BODY_OF_ID: Record<string, ConstitutionalBody> = {
  'constitutional-council': 'council',
  'constitutional-court': 'court',
  'supreme-court': 'supreme',
  // (The assembly of judges, where the sentence names it as the one that found so.)
  'judges-assembly': 'judges',
};

/** The body the sentence names for the ruling whose cue starts at `at`. */
export function constitutionalBody(lang: SourceLang, text: string, at: number): ConstitutionalBody {
  const bodies = findOrganisations(text, lang).filter(
    (o) => BODY_OF_ID[o.id] !== undefined && (o.id !== 'supreme-court' || o.start === at),
  );
  const before = bodies.filter((o) => o.start <= at).at(-1);
  const after = bodies.find((o) => o.start > at);
  const named = before ?? after;
  return named ? BODY_OF_ID[named.id]! : 'court';
}
