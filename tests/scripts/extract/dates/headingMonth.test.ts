/**
 * A month that is a heading, alone on its line ("Январь" over what January brought, in a year's
 * review published on 30 December), has no verb of its own: it takes the tense of the line under
 * it, so that a past review's January is this year's, not the coming one. Generated over the twelve
 * months, in both languages, told as done and as ahead, in one text and as paragraphs of an article.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';
import { kindsAndDays } from '../events/extractSentences';

const RU = ['Январь', 'Февраль', 'Март', 'Апрель', 'Май', 'Июнь', 'Июль', 'Август', 'Сентябрь', 'Октябрь', 'Ноябрь', 'Декабрь']; // prettier-ignore
const KK = ['Қаңтар', 'Ақпан', 'Наурыз', 'Сәуір', 'Мамыр', 'Маусым', 'Шілде', 'Тамыз', 'Қыркүйек', 'Қазан', 'Қараша', 'Желтоқсан']; // prettier-ignore
const DCT = '2025-12-30';
const mm = (i: number) => String(i + 1).padStart(2, '0');

describe('a heading month takes the tense of the line under it', () => {
  it.each([
    ['ru', RU, 'Правительство утвердило план.', '2025'],
    ['kk', KK, 'Үкімет жоспарды бекітті.', '2025'],
    ['ru', RU, 'Правительство утвердит план.', '2026'],
  ] as const)('%s: %s … %s', (lang, months, line, year) => {
    months.forEach((m, i) => {
      // (December of a review published on 30 December is this one whatever the tense.)
      if (i === 11) return;
      const got = tagDates(`${m}\n${line}`, { lang, dct: DCT });
      // (A bare Kazakh "Наурыз", "Маусым", "Тамыз" too: alone on its line it is a heading.)
      expect(got[0]?.value, m).toBe(`${year}-${mm(i)}`);
    });
  });
  it('ru: through the pipeline, the headed paragraph takes that month', () => {
    const got = kindsAndDays(
      'ru',
      'Итоги года\n\nЯнварь\nВ Шымкенте прошел республиканский форум рабочей молодежи.',
      DCT,
    );
    expect(got).toContain('meeting 2025-01');
  });
});
