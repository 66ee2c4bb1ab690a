/**
 * A dismissal is no resignation of one's own accord: "Президент Ивана Петрова освободил от
 * должности акима", "Мемлекет басшысы Иван Петровты әкім қызметінен босатты" (test sentences written
 * for the check) were titled "… steps down as …". The event stays a resignation; its title says he
 * was dismissed, and one who left himself still steps down. Generated over the holder, the post and
 * the wording.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const HOLDERS = [
  { kk: 'Иван Петров', kkAcc: 'Иван Петровты', ru: 'Иван Петров', ruAcc: 'Ивана Петрова', en: 'Ivan Petrov', a: '' },
  { kk: 'Айгүл Сәрсенова', kkAcc: 'Айгүл Сәрсенованы', ru: 'Айгуль Сарсенова', ruAcc: 'Айгуль Сарсенову', en: 'Aygul Sarsenova', a: 'а' },
]; // prettier-ignore
const POSTS = [
  { kk: 'Павлодар облысының әкімі', ru: 'аким Павлодарской области', ruGen: 'акима Павлодарской области' },
  { kk: 'ауыл шаруашылығы министрі', ru: 'министр сельского хозяйства', ruGen: 'министра сельского хозяйства' },
]; // prettier-ignore
type H = (typeof HOLDERS)[number];
type P = (typeof POSTS)[number];
const DISMISSED = {
  kk: [
    (h: H, p: P) => `Мемлекет басшысы ${h.kkAcc} ${p.kk} қызметінен босатты.`,
    (h: H, p: P) => `Президент Жарлығымен ${h.kk} ${p.kk} қызметінен босатылды.`,
    (h: H, p: P) => `${p.kk} ${h.kk} қызметінен алынды.`,
  ],
  ru: [
    (h: H, p: P) => `Президент ${h.ruAcc} освободил от должности ${p.ruGen}.`,
    (h: H, p: P) => `Указом Президента ${p.ru} ${h.ru} освобожден${h.a} от должности.`,
    (h: H, p: P) => `${p.ru[0]!.toUpperCase()}${p.ru.slice(1)} ${h.ru} снят${h.a} с должности.`,
  ],
};
const LEFT = {
  kk: [
    (h: H, p: P) => `${p.kk} ${h.kk} өз еркімен отставкаға кетті.`,
    (h: H, p: P) => `${p.kk} ${h.kk} өз өтініші бойынша қызметінен босатылды.`,
  ],
  ru: [
    (h: H, p: P) => `${p.ru[0]!.toUpperCase()}${p.ru.slice(1)} ${h.ru} подал${h.a} в отставку.`,
    (h: H, p: P) => `Указом Президента ${p.ru} ${h.ru} освобожден${h.a} от должности по собственному желанию.`,
  ],
}; // prettier-ignore

const CASES = (['kk', 'ru'] as const).flatMap((lang) =>
  HOLDERS.flatMap((h) =>
    POSTS.flatMap((p) => [
      ...DISMISSED[lang].map((way) => ({ lang, text: way(h, p), en: h.en, dismissed: true })),
      ...LEFT[lang].map((way) => ({ lang, text: way(h, p), en: h.en, dismissed: false })),
    ]),
  ),
);

describe('a dismissal is titled as one, a resignation as one', () => {
  it.each(CASES)('$lang $text', ({ lang, text, en, dismissed }) => {
    const events = extractSentences(lang, text, '2025-03-12').events;
    const titles = events.filter((e) => e.type === 'resignation').map((e) => e.title);
    expect(titles.length).toBeGreaterThan(0);
    const t = titles[0]!;
    expect(t.en).toMatch(new RegExp(`^${en}`, 'u'));
    if (dismissed) {
      expect(t.en).toMatch(/ is dismissed/u);
      expect(t.ru).toMatch(/освобожден[аo]? от должности|освобождён|освобождена/u);
      expect(t.kk).toMatch(/босатылды$/u);
    } else {
      expect(t.en).toMatch(/steps down|resigns/u);
    }
  });
});
