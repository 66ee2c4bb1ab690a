/**
 * A cue that names what is spoken or written about ("Политолог о марафоне саммитов", "Саясаттанушы
 * саммиттер туралы"): with no date of its own, it is no news of the article's day; the talk is.
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_SPOKEN_OF_AFTER } from '../locales/kk/events/spokenOf';
import { RU_ACT_CONTENT, RU_SPOKEN_OF_BEFORE } from '../locales/ru/events/spokenOf';

/** Whether the cue `trigger` at `at` of the sentence `text` names what is spoken of. */
export function spokenOf(lang: SourceLang, text: string, at: number, trigger: string): boolean {
  if (lang === 'ru') {
    const before = text.slice(Math.max(0, at - 120), at);
    return RU_SPOKEN_OF_BEFORE.test(before) && !RU_ACT_CONTENT.test(before);
  }
  const end = at + trigger.length;
  return KK_SPOKEN_OF_AFTER.test(text.slice(end, end + 60));
}
