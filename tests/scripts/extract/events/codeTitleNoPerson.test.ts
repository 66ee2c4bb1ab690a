/**
 * The adjective of a code's or a law's title is no person. "С 1 июля вводится новый Трудовой
 * кодекс" (a sentence written for the check) named the actor "Трудова": "Трудовой" has the shape
 * of a woman's surname in -ова in an oblique case. A capitalised word right before "кодекс" or
 * "закон" agrees with it as its title's adjective (a person's code stands after it in the
 * genitive, "кодекс Наполеона"): locales/ru/lexicon/names.ts RU_ACT_TITLE_NOUN. Kazakh names a
 * code by a noun before it ("Еңбек кодексі"), which the document nouns already set aside.
 * Generated over codes, cases, verbs and dates in both languages.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2026-03-12';
// (Each code's adjective in the case its frame governs: nominative, accusative, prepositional, instrumental.)
const RU_CODES = ['Трудов', 'Бюджетн', 'Налогов', 'Уголовн', 'Земельн', 'Водн'];
const hard = (stem: string) => /ов$/u.test(stem) && stem !== 'Налогов';
// prettier-ignore
const RU_FRAMES: Array<(adj: (ending: string) => string, date: string) => string> = [
  (a, d) => `С ${d} вводится новый ${a('ой')} кодекс.`,
  (a, d) => `С ${d} вступит в силу ${a('ой')} кодекс.`,
  (a, d) => `Депутаты ${d} приняли поправки в ${a('ой')} кодекс.`,
  (a, d) => `Изменения в ${a('ом')} кодексе вступят в силу ${d}.`,
  (a, d) => `Вопрос ${d} урегулирован ${a('ым')} кодексом.`,
];
const RU_DATES = ['1 июля', '1 января', '5 марта'];
const ruAdjective = (stem: string) => (ending: string) =>
  `${stem}${ending === 'ой' && !hard(stem) ? 'ый' : ending}`;

const KK_CODES = ['Еңбек', 'Бюджет', 'Салық', 'Қылмыстық'];
// prettier-ignore
const KK_FRAMES: Array<(code: string, date: string) => string> = [
  (c, d) => `${d}ден бастап жаңа ${c} кодексі енгізіледі.`,
  (c, d) => `Жаңа ${c} кодексі ${d}де күшіне енеді.`,
  (c, d) => `Депутаттар ${d}да ${c} кодексіне түзетулер енгізді.`,
];
const KK_DATES = ['1 шілде', '5 наурыз'];

const cases = [
  ...RU_CODES.flatMap((stem) => RU_FRAMES.flatMap((f) => RU_DATES.map((d) => ['ru', f(ruAdjective(stem), d)]))),
  ...KK_CODES.flatMap((code) => KK_FRAMES.flatMap((f) => KK_DATES.map((d) => ['kk', f(code, d)]))),
] as Array<['kk' | 'ru', string]>; // prettier-ignore

describe('a code’s or a law’s title names no person', () => {
  it.each(cases)('%s: %s', (lang, text) => {
    const actors = extractSentences(lang, text, PUB).events.flatMap((e) => e.actors.map((a) => a.name)); // prettier-ignore
    expect(actors).toEqual([]);
  });

  it('keeps a woman named before her verb', () => {
    const events = extractSentences('ru', 'Министр труда Светлана Жакупова 5 марта заявила, что новый Трудовой кодекс вступит в силу 1 июля.', PUB).events; // prettier-ignore
    expect(events.flatMap((e) => e.actors.map((a) => a.name))).toContain('Светлана Жакупова');
  });
});
