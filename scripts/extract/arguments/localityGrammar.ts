/**
 * What findPlaces asks of a language about places named with their generic noun ("Ақтөбе
 * қаласында", "в городе Уральске", "Бәйтерек ауданы"). Each locale answers in its own folder
 * (locales/kk/localities.ts, locales/ru/localities.ts); the ids and names of a hit are shared.
 */
import { KK_LOCALITIES } from '../locales/kk/localities';
import { RU_LOCALITIES } from '../locales/ru/localities';
import type { Lang } from './types';

export type LocalityKind = 'district' | 'village' | 'city';

/** A place the gazetteer cannot list: where its phrase starts, the phrase, its name, its kind. */
export interface LocalityMatch {
  at: number;
  phrase: string;
  name: string;
  kind: LocalityKind;
  /** A Russian district's adjective in the nominative (`Алмалинский`), as its Russian name says it. */
  ruAdjective?: string;
}

export interface LocalityGrammar {
  /** A gazetteer city's one-word form with the generic noun attached (`~` stands for an ending). */
  cityWithNoun(form: string): string;
  /** Each district, village or town the text names with its generic noun. */
  localities(text: string): LocalityMatch[];
}

export const LOCALITIES: Record<Lang, LocalityGrammar> = { kk: KK_LOCALITIES, ru: RU_LOCALITIES };
