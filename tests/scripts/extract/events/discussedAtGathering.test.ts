/**
 * What was discussed at a gathering the same sentence names is that gathering: "Накануне
 * законопроект обсудили на заседании рабочей группы" gave two meetings of one day, a discussion
 * and the working group's meeting (events/mergeInArticle.ts isPartOf: a bare gathering was never
 * the whole a discussion joined). Generated over languages, days, bodies and word orders;
 * sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const RU = [
  'Вчера законопроект обсудили на заседании рабочей группы.',
  'Накануне законопроект обсудили на заседании рабочей группы.',
  '10 марта депутаты обсудили поправки на заседании рабочей группы.',
  'Вчера на заседании комиссии обсудили проект бюджета.',
  'Вчера проект бюджета обсуждался на заседании комиссии.',
];
const KK = [
  'Кеше жұмыс тобының отырысында депутаттар бюджет жобасын талқылады.',
  'Кеше комиссия отырысында бюджет жобасы талқыланды.',
  '10 наурызда жұмыс тобының отырысында түзетулер талқыланды.',
];

describe('a discussion at a gathering of that sentence is one meeting', () => {
  it.each([...RU.map((s) => ['ru', s] as const), ...KK.map((s) => ['kk', s] as const)])(
    '%s: %s',
    (lang, s) => {
      const line = lang === 'ru' ? 'Астана, 12 марта.' : 'Астана, 12 наурыз.';
      const meetings = extractSentences(
        lang,
        `${line} Мажилис одобрил законопроект. ${s}`,
        '2026-03-12',
      ).events.filter((e) => e.type === 'meeting');
      expect(meetings).toHaveLength(1);
    },
  );
});
