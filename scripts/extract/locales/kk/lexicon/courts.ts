/**
 * The courts the organisations lexicon knows (organisations.ts: every "…-court", and the
 * Constitutional Council, which ruled on the Constitution until 2023), as one pattern of their
 * names in a language, in every case and possessive (the lexicon's own forms, read as it reads
 * them: arguments/matchForms.ts): the bodies whose normative resolution on a law is their ruling
 * on it (locales/<lang>/events/constitutionalRuling.ts).
 */
import { formPattern } from '../../../arguments/matchForms';
import { ORGANISATIONS } from './organisations';

const isCourt = (id: string) => id.endsWith('-court') || id === 'constitutional-council';

export function courtNames(lang: 'kk' | 'ru'): string {
  const forms = ORGANISATIONS.filter((e) => isCourt(e.id)).flatMap((e) => e.forms[lang]);
  return forms.map((f) => String.raw`${formPattern(f)}\p{L}*`).join('|');
}
