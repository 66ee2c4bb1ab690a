/**
 * What a registration registers, where the words next to its cue say: candidates, party lists,
 * results, deputies or a party ("ОСК жеті кандидатты тіркеді", "ЦИК завершил регистрацию
 * партийных списков"). Up to four words either side of the cue, in its sentence; a threshold or
 * a purpose ("порог для регистрации партий") registers nothing. A refusal ("отказал в регистрации
 * партии", "партияны тіркеуден бас тартты") is no registration: it is told as refused, of what the
 * words say. Cues per language (locales/<lang>/lexicon/registered.ts).
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_REGISTERED } from '../locales/kk/lexicon/registered';
import { RU_REGISTERED } from '../locales/ru/lexicon/registered';

export type Registered = 'lists' | 'candidates' | 'results' | 'deputies' | 'party';

export interface RegisteredCues {
  /** The cue is itself one of registering (not a certificate handed over). */
  verb: RegExp;
  /** What is registered, the more specific first. */
  what: ReadonlyArray<readonly [Registered, RegExp]>;
  /** Whether the words before the cue are read too (an object or a subject before the verb). */
  before: boolean;
  /** A registration refused ("отказал в регистрации", "тіркеуден бас тартты"), next to its cue. */
  refused: RegExp;
  /** A registration named as a purpose or a threshold, anywhere in the sentence ("порог для регистрации"). */
  purpose: RegExp;
}

const CUES: Record<SourceLang, RegisteredCues> = { kk: KK_REGISTERED, ru: RU_REGISTERED };

const WORDS = 4;

/** What the registration cue at `at` (`len` long) in the sentence registers. */
export function registered(
  lang: SourceLang,
  text: string,
  at: number,
  len: number,
): Registered | undefined {
  const cues = CUES[lang];
  if (!cues.verb.test(text.slice(at, at + len)) || cues.purpose.test(text)) return undefined;
  const { after, before } = around(cues, text, at, len);
  for (const [key, re] of cues.what) if (re.test(after) || re.test(before)) return key;
  return undefined;
}

/** Whether the registration cue at `at` (`len` long) tells a refusal, in its clause. */
export function registrationRefused(
  lang: SourceLang,
  text: string,
  at: number,
  len: number,
): boolean {
  const cues = CUES[lang];
  const { after, before } = around(cues, text, at, len);
  return cues.refused.test(before) || cues.refused.test(after);
}

/** The cue with up to four words of its clause after it, and as many before it. */
function around(cues: RegisteredCues, text: string, at: number, len: number) {
  const after = text.slice(at, at + len) + ' ' + clauseWords(text.slice(at + len), WORDS);
  const before = cues.before ? clauseWords(text.slice(0, at), WORDS, true) : '';
  return { after, before };
}

/** The first (or last) `n` words of a clause: no further than a comma or a dash. */
function clauseWords(t: string, n: number, last = false): string {
  const clause = last ? (t.split(/[,;:–—]/u).pop() ?? '') : (t.split(/[,;:–—]/u)[0] ?? '');
  const words = clause.split(/\s+/u).filter(Boolean);
  return (last ? words.slice(-n) : words.slice(0, n)).join(' ');
}
