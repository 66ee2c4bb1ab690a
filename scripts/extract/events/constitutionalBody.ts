/**
 * Which body made a ruling on conformity to the Constitution: the Constitutional Council (until
 * 2023) or the Constitutional Court. They are different bodies, so a ruling is titled by the one
 * the sentence names: the nearest before the cue (its subject, "Конституционный совет 5 марта
 * признал …"), else the first after it (the agent, "… признан Конституционным советом"). Where
 * neither is named, the Court (the finding's words alone say no more). Names per language
 * (locales/<lang>/events/constitutionalBody.ts).
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_CONSTITUTIONAL_BODIES } from '../locales/kk/events/constitutionalBody';
import { RU_CONSTITUTIONAL_BODIES } from '../locales/ru/events/constitutionalBody';

export type ConstitutionalBody = 'council' | 'court';

/** Global patterns of each body's name, in every form. */
export type ConstitutionalBodies = Record<ConstitutionalBody, RegExp>;

const BODIES: Record<SourceLang, ConstitutionalBodies> = {
  kk: KK_CONSTITUTIONAL_BODIES,
  ru: RU_CONSTITUTIONAL_BODIES,
};

/** The body the sentence names for the ruling whose cue starts at `at`. */
export function constitutionalBody(lang: SourceLang, text: string, at: number): ConstitutionalBody {
  let before: [number, ConstitutionalBody] | undefined;
  let after: [number, ConstitutionalBody] | undefined;
  for (const body of ['council', 'court'] as const) {
    for (const m of text.matchAll(BODIES[lang][body])) {
      if (m.index <= at && (!before || m.index > before[0])) before = [m.index, body];
      if (m.index > at && (!after || m.index < after[0])) after = [m.index, body];
    }
  }
  return (before ?? after)?.[1] ?? 'court';
}
