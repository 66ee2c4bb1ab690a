/**
 * The people adopting or backing the Constitution or its amendments with no "референдум" named:
 * "граждане приняли новую Конституцию", "азаматтар жаңа Конституцияны қабылдады" (test sentences
 * written for the check) gave no event. Only the people's vote adopts a Constitution: a referendum,
 * at the sentence's date. Generated over subject, verb and text in both languages; a body or a
 * party doing the same ("Народные депутаты", "Халық партиясы", "Депутаты") is no referendum.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const RU = {
  who: ['Граждане', 'Казахстанцы', 'Избиратели', 'Народ'],
  did: ['приняли', 'одобрили', 'поддержали'],
  what: ['новую Конституцию', 'поправки в Конституцию', 'новый Основной закон'],
};
const KK = {
  who: ['Азаматтар', 'Қазақстандықтар', 'Сайлаушылар', 'Халық'],
  did: ['қабылдады', 'мақұлдады', 'қолдады'],
  what: ['жаңа Конституцияны', 'Конституцияға түзетулерді', 'жаңа Ата Заңды'],
};
// (A people's verb agrees in number: "Народ принял".)
const ruVerb = (who: string, did: string) => (who === 'Народ' ? did.replace(/и$/u, '') : did);

const CASES = [
  ...RU.who.flatMap((who) =>
    RU.did.flatMap((did) =>
      RU.what.map((what) => ({
        lang: 'ru' as const,
        text: `В воскресенье, 8 марта, ${who.toLowerCase()} ${ruVerb(who, did)} ${what}.`,
      })),
    ),
  ),
  ...KK.who.flatMap((who) =>
    KK.did.flatMap((did) =>
      KK.what.map((what) => ({
        lang: 'kk' as const,
        text: `8 наурызда ${who.toLowerCase()} ${what} ${did}.`,
      })),
    ),
  ),
];
const NONE = [
  { lang: 'ru' as const, text: 'В воскресенье, 8 марта, народные депутаты одобрили поправки в Конституцию.' },
  { lang: 'ru' as const, text: 'В воскресенье, 8 марта, депутаты приняли новую Конституцию.' },
  { lang: 'kk' as const, text: '8 наурызда Халық партиясы жаңа Конституцияны қолдады.' },
  { lang: 'kk' as const, text: '8 наурызда депутаттар жаңа Конституцияны мақұлдады.' },
]; // prettier-ignore

describe('the people adopting the Constitution is a referendum', () => {
  it.each(CASES)('$lang $text', ({ lang, text }) =>
    expect(kindsAndDays(lang, text, '2026-03-12')).toContain('referendum 2026-03-08'),
  );
  it.each(NONE)('$lang $text', ({ lang, text }) =>
    expect(kindsAndDays(lang, text, '2026-03-12').join(' ')).not.toMatch(/referendum/u),
  );
});
