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

const names = (lang: 'kk' | 'ru', ids: (id: string) => boolean) =>
  ORGANISATIONS.filter((e) => ids(e.id))
    .flatMap((e) => e.forms[lang])
    .map((f) => String.raw`${formPattern(f)}\p{L}*`)
    .join('|');

export function courtNames(lang: 'kk' | 'ru'): string {
  return names(lang, isCourt);
}

/**
 * The bodies whose ruling on a matter is a court's ("Верховный суд признал решение акимата
 * незаконным"): the courts, and the assembly of judges, which rules as a body of judges does
 * ("Собрание судей 5 марта признало решение акимата незаконным", "Судьялар жиналысы 5 наурызда
 * әкімдіктің шешімін заңсыз деп таныды"), but adopts no normative resolution on a law as the courts
 * do (so not in courtNames). Read by the court cues of each language as the subject of a ruling.
 */
export function rulingBodyNames(lang: 'kk' | 'ru'): string {
  return names(lang, (id) => isCourt(id) || id === 'judges-assembly');
}
