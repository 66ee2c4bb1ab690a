/**
 * An address to the people that is not the annual Address: "обратился к народу", "выступил с
 * телеобращением", "халыққа үндеу жасады". The kind is one (address), but its title names what the
 * text says, an appeal (обращение, үндеу), never the Address (Послание, Жолдау) where the sentence
 * does not name it. The Address's words per language (locales/<lang>/lexicon/annualAddress.ts).
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_ANNUAL_ADDRESS } from '../locales/kk/lexicon/annualAddress';
import { RU_ANNUAL_ADDRESS } from '../locales/ru/lexicon/annualAddress';

const ADDRESS: Record<SourceLang, RegExp> = { kk: KK_ANNUAL_ADDRESS, ru: RU_ANNUAL_ADDRESS };

/** Whether an address cue's sentence tells an appeal: no word of it names the Address. */
export const isAppeal = (lang: SourceLang, sentence: string): boolean =>
  !ADDRESS[lang].test(sentence);
