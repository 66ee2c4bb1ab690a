/**
 * What an abolition abolishes, by the noun of its own cue ("Өлім жазасы … жойылды", "отменена
 * смертная казнь", "мораторий … отменён"): a title then says "The death penalty is abolished",
 * not "Event" or "Political reforms". The nouns are per language
 * (locales/<lang>/lexicon/abolishedWords.ts); a noun the lexicon does not know names nothing.
 */
import type { Localized, SourceLang } from '../../../src/model/schema';
import { KK_ABOLISHED } from '../locales/kk/lexicon/abolishedWords';
import { RU_ABOLISHED } from '../locales/ru/lexicon/abolishedWords';
import { L, tense, type Parts } from './titleParts';

export type AbolishedWhat =
  | 'death-penalty'
  | 'first-president-status'
  | 'moratorium'
  | 'quota'
  | 'status'
  | 'restriction'
  | 'rule'
  | 'office';

const CUES: Record<SourceLang, ReadonlyArray<readonly [AbolishedWhat, RegExp]>> = {
  kk: KK_ABOLISHED,
  ru: RU_ABOLISHED,
};

/** The first noun of the cue's own words the lexicon knows, in its listed order. */
export function abolishedOf(lang: SourceLang, cue: string): AbolishedWhat | undefined {
  return CUES[lang].find(([, re]) => re.test(cue))?.[0];
}

// [kk done, kk ahead, ru done, ru ahead, en subject, en done, en ahead]
// prettier-ignore
const WORDS: Record<AbolishedWhat, readonly [string, string, string, string, string, string, string]> = {
  'death-penalty': ['Өлім жазасы жойылды', 'Өлім жазасы жойылмақ', 'Смертная казнь отменена', 'Смертная казнь будет отменена', 'The death penalty', 'is abolished', 'to be abolished'],
  'first-president-status': ['Тұңғыш Президент мәртебесі жойылды', 'Тұңғыш Президент мәртебесі жойылмақ', 'Статус Первого Президента отменён', 'Статус Первого Президента будет отменён', "The First President's status", 'is abolished', 'to be abolished'],
  moratorium: ['Мораторий жойылды', 'Мораторий жойылмақ', 'Мораторий отменён', 'Мораторий будет отменён', 'A moratorium', 'is lifted', 'to be lifted'],
  quota: ['Квота жойылды', 'Квота жойылмақ', 'Квота отменена', 'Квота будет отменена', 'A quota', 'is abolished', 'to be abolished'],
  status: ['Мәртебе жойылды', 'Мәртебе жойылмақ', 'Статус отменён', 'Статус будет отменён', 'A status', 'is abolished', 'to be abolished'],
  restriction: ['Шектеу жойылды', 'Шектеу жойылмақ', 'Ограничение отменено', 'Ограничение будет отменено', 'A restriction', 'is lifted', 'to be lifted'],
  rule: ['Норма жойылды', 'Норма жойылмақ', 'Норма отменена', 'Норма будет отменена', 'A rule', 'is abolished', 'to be abolished'],
  office: ['Лауазым жойылды', 'Лауазым жойылмақ', 'Должность упразднена', 'Должность будет упразднена', 'An office', 'is abolished', 'to be abolished'],
};

export function abolishedTitle(c: Parts): Localized | undefined {
  const w = c.args.abolished ? WORDS[c.args.abolished] : undefined;
  if (!w) return undefined;
  return L(tense(c, w[0], w[1]), tense(c, w[2], w[3]), `${w[4]} ${tense(c, w[5], w[6])}`);
}
