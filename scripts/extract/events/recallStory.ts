/**
 * Whether a sentence goes on with the recall the sentence before it opened ("Напомним, 5 февраля
 * президент принял отставку правительства. Исполняющим обязанности назначен …"): then it is that
 * recall too, on the day the recall gave (events/when.ts). A sentence that tells its time by an
 * event it names ("Спикер Сената после выступления заявил журналистам" after "Напомним, нынешний
 * созыв Мажилиса избран 19 марта 2023 года") is back at that event, not in the recall, unless the
 * recall told that event itself ("Напомним, 5 февраля … принял отставку правительства. После
 * отставки …").
 */
import type { SourceLang } from '../../../src/model/schema';
import type { Sentence } from '../types';
import { ASPECT } from './aspect';

export function goesOnWithRecall(lang: SourceLang, s: Sentence, recall: Sentence): boolean {
  const byEvent = ASPECT[lang].byEvent;
  if (!byEvent) return true;
  const told = stemsOf(recall.text);
  for (const m of s.text.matchAll(byEvent)) {
    const event = stemsOf(m.slice(1).join(' '));
    if (event.size > 0 && ![...event].some((w) => told.has(w))) return false;
  }
  return true;
}

/** A word's first five letters: "выступления" and "выступил", "Жолдау" and "Жолдауын" share them. */
function stemsOf(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{M}]{5,}/gu) ?? [];
  return new Set(words.map((w) => w.slice(0, 5)));
}
