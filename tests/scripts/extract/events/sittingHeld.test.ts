/**
 * A sitting someone held is a meeting of that day: "Матвиенко провела заседание", "Спикер Сената
 * провёл заседание", "Мәулен Әшімбаев отырыс өткізді" (test sentences written for the check) gave
 * no event undated: "заседание", "отырыс" were only the generic gathering, an event only on a day
 * of its own. The verb of holding before the noun (ru) or after it (kk) is now a cue (facet
 * 'sitting'), titled "X holds a session" / "X провёл заседание" / "X отырыс өткізді", a chamber's
 * post "Session of the Senate". Generated over holders and verb forms; a plenary sitting stays
 * the chamber's session, a court's stays no session.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const RU = [
  { who: 'Маулен Ашимбаев', en: 'Maulen Ashimbayev' },
  { who: 'Ерлан Кошанов', en: 'Yerlan Koshanov' },
].flatMap((p) =>
  ['провёл заседание', 'провел очередное заседание', 'провёл выездное заседание'].map((v) => ({
    lang: 'ru' as const,
    text: `${p.who} ${v}.`,
    title: `${p.en} holds a session`,
  })),
);
const KK = [
  { who: 'Мәулен Әшімбаев', en: 'Maulen Ashimbayev' },
  { who: 'Ерлан Қошанов', en: 'Yerlan Koshanov' },
].flatMap((p) =>
  ['отырыс өткізді', 'кезекті отырысын өткізді', 'көшпелі отырыс өткізді'].map((v) => ({
    lang: 'kk' as const,
    text: `${p.who} ${v}.`,
    title: `${p.en} holds a session`,
  })),
);
const BY_POST = [
  { lang: 'ru' as const, text: 'Спикер Сената провёл заседание.', title: 'Session of the Senate' },
  { lang: 'ru' as const, text: 'Председатель Мажилиса провёл заседание.', title: 'Session of the Mazhilis' }, // prettier-ignore
];

const titles = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, '2025-03-12').events.map((e) => `${e.type}: ${e.title.en}`);

describe('a sitting someone held', () => {
  it.each([...RU, ...KK, ...BY_POST])('$lang $text', ({ lang, text, title }) => {
    expect(titles(lang, text)).toEqual([`meeting: ${title}`]);
  });
  it('a plenary sitting stays the chamber session', () => {
    expect(titles('ru', 'Председатель Мажилиса провёл пленарное заседание.')).toEqual([
      'session: Session of the Mazhilis',
    ]);
  });
  it('a court sitting is no session held', () => {
    expect(titles('ru', 'Суд провёл заседание по делу.').join()).not.toMatch(/[Ss]ession/u);
  });
});
