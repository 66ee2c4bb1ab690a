/**
 * What speechAfter.ts asks of a language to tie a quote to its speaker: the verbs of saying that
 * follow a quote and the pronouns that point back to a person already named. Each locale lists
 * its own (locales/kk/lexicon/speech.ts, locales/ru/…); matching them after a quote is shared.
 */
import { KK_SPEECH } from '../locales/kk/lexicon/speech';
import { RU_SPEECH } from '../locales/ru/lexicon/speech';
import type { Lang } from './types';

export interface SpeechWords {
  /** Verbs of saying right after a quote (`деді`, `сказал`); a space in one matches any space. */
  verbs: readonly string[];
  /** Pronouns after the verb that name the last person before the quote (`деді ол`). */
  pronouns: readonly string[];
}

export const SPEECH: Record<Lang, SpeechWords> = { kk: KK_SPEECH, ru: RU_SPEECH };
