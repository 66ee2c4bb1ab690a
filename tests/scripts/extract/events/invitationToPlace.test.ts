/**
 * An invitation to a town with no visit named, and one told place first: "Путин Тоқаевты Мәскеуге
 * шақырды" (no "сапарға", "келуге") and "В Москву Путин пригласил Токаева" (test sentences written for
 * the check) gave no event. A person in the accusative and a town in the dative before "шақырды", or
 * "в" + a town before the inviter and "пригласил", is an invitation. Generated over inviter, invitee,
 * town and tense; lower-case words ("халықты сайлауға шақырды", "в среду") stay no invitation.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PAIRS = [
  { by: { kk: 'Путин', ru: 'Путин', en: 'Putin' }, who: { kk: 'Тоқаевты', ru: 'Токаева', en: 'Tokayev' } },
  { by: { kk: 'Шавкат Мирзиёев', ru: 'Шавкат Мирзиёев', en: 'Shavkat Mirziyoyev' }, who: { kk: 'Қасым-Жомарт Тоқаевты', ru: 'Касым-Жомарта Токаева', en: 'Kassym-Jomart Tokayev' } },
]; // prettier-ignore
const TOWNS = [
  { kk: 'Мәскеуге', ru: 'Москву', en: 'Moscow' },
  { kk: 'Ташкентке', ru: 'Ташкент', en: 'Tashkent' },
  { kk: 'Анкараға', ru: 'Анкару', en: 'Ankara' },
];
const VERBS = { kk: ['шақырды', 'шақырған'], ru: ['пригласил'] };

const CASES = (['kk', 'ru'] as const).flatMap((lang) =>
  PAIRS.flatMap((p) =>
    TOWNS.flatMap((t) =>
      VERBS[lang].map((v) => ({
        lang,
        text:
          lang === 'kk'
            ? `${p.by.kk} ${p.who.kk} ${t.kk} ${v}.`
            : `В ${t.ru} ${p.by.ru} ${v} ${p.who.ru}.`,
        title: `${p.by.en} invites ${p.who.en} to ${t.en}`,
      })),
    ),
  ),
);
const NONE = [
  { lang: 'kk' as const, text: 'Президент халықты сайлауға белсене қатысуға шақырды.' },
  { lang: 'ru' as const, text: 'В среду мэр пригласил журналистов на брифинг.' },
];

describe('an invitation to a town, told without a visit or place first', () => {
  it.each(CASES)('$lang $text', ({ lang, text, title }) => {
    const titles = extractSentences(lang, text, '2025-03-12').events.map((e) => e.title.en);
    expect(titles.join(' | ')).toMatch(
      new RegExp(title.replace(/ invites /u, ' (?:invites|to invite) '), 'u'),
    );
  });
  it.each(NONE)('$lang $text', ({ lang, text }) => {
    const titles = extractSentences(lang, text, '2025-03-12').events.map((e) => e.title.en);
    expect(titles.join(' | ')).not.toMatch(/invite/u);
  });
});
