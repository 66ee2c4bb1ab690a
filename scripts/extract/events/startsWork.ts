/**
 * A body that starts its work from a day ("Конституциялық сот 2023 жылғы 1 қаңтардан бастап жұмыс
 * істейді", "С 1 января действует Конституционный суд"): the start is that body's, and its title
 * names it. The body is the verb's subject, in the nominative (its words as the lexicon names
 * it, not "Конституциялық Соттың", "Конституционного суда"). Cues per language
 * (locales/<lang>/lexicon/startsWork.ts).
 */
import type { Organisation, SourceLang } from '../../../src/model/schema';
import { KK_STARTS_WORK } from '../locales/kk/lexicon/startsWork';
import { RU_STARTS_WORK } from '../locales/ru/lexicon/startsWork';

const CUES: Record<SourceLang, RegExp> = { kk: KK_STARTS_WORK, ru: RU_STARTS_WORK };

/** The id of the body that starts its work in the sentence, when one is named in the nominative. */
export function startsWork(
  lang: SourceLang,
  text: string,
  organisations: readonly Organisation[],
): string | undefined {
  const cue = CUES[lang].exec(text);
  if (!cue) return undefined;
  const nominative = organisations.filter(
    (o) => o.evidence.text.trim().toLowerCase() === o.name.toLowerCase(),
  );
  // (One body only: with two, which one starts is not told by the case, unless only one stands in
  // the cue's clause: "действует Конституционный суд, заменивший Конституционный совет".)
  // (The organisations' spans are the document's: the body is found again in the sentence.)
  const inClause = nominative.filter((o) => {
    const at = text.indexOf(o.evidence.text);
    if (at < 0) return false;
    const [a, b] = at < cue.index ? [at + o.evidence.text.length, cue.index] : [cue.index + cue[0].length, at]; // prettier-ignore
    return !/[,;:]/u.test(text.slice(a, b));
  });
  const one = nominative.length === 1 ? nominative : inClause;
  return one.length === 1 ? one[0]!.id : undefined;
}

/**
 * Whether a cue is itself one of starting work ("начал работу", "жұмысын бастады"): a body that
 * starts its work is not founded then, though the cue stands among the founding ones.
 */
export function isStartOfWork(lang: SourceLang, cue: string): boolean {
  return CUES[lang].test(cue);
}
