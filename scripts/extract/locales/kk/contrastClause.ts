/**
 * A Kazakh clause joined by the contrastive ", ал" ("5 ақпанда Президент Үкіметтің отставкасын
 * қабылдады, ал келесі күні Олжас Бектенов Премьер-Министр болды") is a clause of its own with its
 * own subject and finite verb: whom it names did not do what the clause before tells.
 */
const CONTRAST = /,\s+ал(?![\p{L}])/gu;

/** Where the first contrastive clause after `at` in `text` (a sentence) starts, if any. */
export function kkContrastAfter(text: string, at: number): number | undefined {
  if (!text.includes(', ал')) return undefined;
  CONTRAST.lastIndex = at;
  return CONTRAST.exec(text)?.index;
}
