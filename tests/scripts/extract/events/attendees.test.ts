/**
 * One who attends an inauguration is not the one sworn in: "Ант беру рәсіміне Тұңғыш Президент
 * Нұрсұлтан Назарбаев қатысты", "На церемонии инаугурации присутствовал …" (test sentences written
 * for the check) titled the guest "sworn in as President". Generated over the guest, the wording of
 * attending and whether a sentence before names the one who took the oath.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const GUESTS = [
  { kk: 'Тұңғыш Президент Нұрсұлтан Назарбаев', ru: 'Первый Президент Нурсултан Назарбаев', a: '' },
  { kk: 'Нұрсұлтан Назарбаев', ru: 'Нурсултан Назарбаев', a: '' },
  { kk: 'Сенат төрағасы Дариға Назарбаева', ru: 'председатель Сената Дарига Назарбаева', a: 'а' },
];
const KK_WAYS: Array<(g: string, a: string) => string> = [
  (g: string) => `Ант беру рәсіміне ${g} қатысты.`,
  (g: string) => `Ұлықтау рәсіміне ${g} қатысты.`,
  (g: string) => `Ант беру рәсіміне ${g} да қатысып, жаңа Президентті құттықтады.`,
  (g: string) => `Ант беру рәсіміне құрметті қонақ ретінде ${g} қатысты.`,
];
const RU_WAYS = [
  (g: string, a: string) => `На церемонии инаугурации присутствовал${a} ${g}.`,
  (g: string, a: string) => `В церемонии инаугурации принял${a} участие ${g}.`,
  (g: string, a: string) => `На церемонии принесения присяги присутствовал${a} ${g}.`,
  (g: string, a: string) =>
    `${g[0]!.toUpperCase()}${g.slice(1)} принял${a} участие в церемонии инаугурации.`,
];
const SWORN = {
  kk: ['', 'Қасым-Жомарт Тоқаев Қазақстан халқына ант берді. '],
  ru: ['', 'Касым-Жомарт Токаев принёс присягу народу Казахстана. '],
};

const CASES = (['kk', 'ru'] as const).flatMap((lang) =>
  GUESTS.flatMap((g) =>
    (lang === 'kk' ? KK_WAYS : RU_WAYS).flatMap((way) =>
      SWORN[lang].map((before) => ({
        lang,
        text: `${before}${way(g[lang], g.a)}`,
        sworn: before !== '',
      })),
    ),
  ),
);

describe('an attendee is not the one sworn in', () => {
  it.each(CASES)('$lang $text', ({ lang, text, sworn }) => {
    const events = extractSentences(lang, text, '2019-06-12').events;
    const titles = events.filter((e) => e.type === 'inauguration').map((e) => e.title.en);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.join(' ')).not.toMatch(/Nazarbay/u);
    if (sworn) expect(titles).toContain('Kassym-Jomart Tokayev sworn in as President');
  });
});

// One sentence, two clauses: the one before the oath's clause names another act's subject ("19
// марта Назарбаев объявил о сложении полномочий, а 20 марта присягу принес Токаев").
describe('the oath’s own clause names who was sworn in', () => {
  const OATHS = {
    ru: [
      'присягу принес Касым-Жомарт Токаев',
      'Касым-Жомарт Токаев принёс присягу',
      'Касым-Жомарт Токаев вступил в должность',
    ],
    kk: ['Қасым-Жомарт Тоқаев ант берді', 'Қасым-Жомарт Тоқаев Қазақстан халқына ант берді'],
  };
  const FIRST = {
    ru: [
      'Нурсултан Назарбаев объявил о сложении полномочий',
      'Нурсултан Назарбаев выступил с обращением',
    ],
    kk: [
      'Нұрсұлтан Назарбаев өкілеттігін тоқтататынын мәлімдеді',
      'Нұрсұлтан Назарбаев халыққа үндеу жасады',
    ],
  };
  const cases = (['ru', 'kk'] as const).flatMap((lang) =>
    FIRST[lang].flatMap((first) =>
      OATHS[lang].map((oath) => ({
        lang,
        text:
          lang === 'ru'
            ? `19 марта 2019 года ${first}, а 20 марта ${oath}.`
            : `2019 жылы 19 наурызда ${first}, ал 20 наурызда ${oath}.`,
      })),
    ),
  );
  it.each(cases)('$lang $text', ({ lang, text }) => {
    const titles = extractSentences(lang, text, '2025-01-10')
      .events.filter((e) => e.type === 'inauguration')
      .map((e) => e.title.en);
    expect(titles).toEqual(['Kassym-Jomart Tokayev sworn in as President']);
  });
});
