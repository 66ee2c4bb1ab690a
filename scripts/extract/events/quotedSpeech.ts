/**
 * Quoted speech in a sentence, told apart from a title in quotation marks: a quotation of speech
 * (dates/quotedClause.ts) that a verb of saying follows ("«…», — заявил Токаев", "«…» деп
 * мәлімдеді") or that a colon opens ("заявил: «…»"). The title of a law or a programme
 * ("«Конституцияға өзгерістер енгізу туралы» Заңына қол қойды") is a name, not words said.
 */
import { speechVerbAt } from '../arguments/speechAfter';
import { speechSpansIn } from './quotationsIn';
import type { SourceLang } from '../../../src/model/schema';

/** Whether the offset `at` of `text` (a sentence) is inside quoted speech. */
export function inQuotedSpeech(lang: SourceLang, text: string, at: number): boolean {
  return speechSpansIn(text).some(
    (q) =>
      q.start <= at &&
      at < q.end &&
      (speechVerbAt(text, q.end + 1, lang) >= 0 || /:\s*$/u.test(text.slice(0, q.start - 1))),
  );
}
