import { CITIES } from '../locales/kk/lexicon/cities';
import type { GazetteerEntry } from '../locales/kk/lexicon/gazetteerEntry';
import { REGIONS } from '../locales/kk/lexicon/regions';
import { LOCALITIES } from './localityGrammar';
import { compileForm, type CompiledForm } from './matchForms';
import type { Lang } from './types';

/** Every place the lexicon knows, regions first. */
export const GAZETTEER: readonly GazetteerEntry[] = [...REGIONS, ...CITIES];

/**
 * Compiled forms per language. A city also matches with its generic noun attached
 * (`Ақтөбе қаласында`, `городе Уральске`) so that the hit covers the whole phrase.
 */
const cache = new Map<Lang, CompiledForm<GazetteerEntry>[]>();

export function gazetteerForms(lang: Lang): CompiledForm<GazetteerEntry>[] {
  const cached = cache.get(lang);
  if (cached) return cached;
  const forms: CompiledForm<GazetteerEntry>[] = [];
  for (const entry of GAZETTEER) {
    for (const form of entry.forms[lang]) {
      forms.push(compileForm(form, entry));
      if (entry.kind !== 'city' || form.includes(' ')) continue;
      forms.push(compileForm(LOCALITIES[lang].cityWithNoun(form), entry));
    }
  }
  cache.set(lang, forms);
  return forms;
}
