/**
 * An agreement cue that tells documents signed, several of them, and no one agreement: "екі ел 15
 * құжатқа қол қойды", "бірқатар құжаттарға", "стороны подписали 15 документов", "пакет
 * документов". Titled "Documents are signed", not "An agreement is signed". Cues per language
 * (locales/<lang>/lexicon/documentsSigned.ts), read in the cue's own words.
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_DOCUMENTS_SIGNED } from '../locales/kk/lexicon/documentsSigned';
import { RU_DOCUMENTS_SIGNED } from '../locales/ru/lexicon/documentsSigned';

const CUES: Record<SourceLang, RegExp> = { kk: KK_DOCUMENTS_SIGNED, ru: RU_DOCUMENTS_SIGNED };

export function documentsSigned(lang: SourceLang, cue: string): boolean {
  return CUES[lang].test(cue);
}
