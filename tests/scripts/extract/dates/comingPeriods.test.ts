import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';

const values = (lang: 'kk' | 'ru', text: string) =>
  tagDates(text, { lang, dct: '2019-06-12' }).map((t) => `${t.text}=${t.value}`);

describe('some coming months are no month: a plural period says only its direction', () => {
  it.each([
    ['ru', 'Заседание пройдет в ближайшие месяцы.', 'ближайшие месяцы=FUTURE_REF'],
    ['ru', 'Решение примут в ближайшие дни.', 'ближайшие дни=FUTURE_REF'],
    ['ru', 'В следующие годы реформа продолжится.', 'следующие годы=FUTURE_REF'],
    ['kk', 'Алдағы айларда шешім қабылданады.', 'Алдағы айларда=FUTURE_REF'],
    ['kk', 'Келесі жылдары реформа жалғасады.', 'Келесі жылдары=FUTURE_REF'],
  ] as const)('%s: %s', (lang, text, want) => {
    expect(values(lang, text)).toContain(want);
  });

  it('while one coming period is that period', () => {
    expect(values('ru', 'В следующем месяце пройдет съезд.')).toContain('следующем месяце=2019-07');
    expect(values('kk', 'Алдағы айда съезд өтеді.')).toContain('Алдағы айда=2019-07');
    expect(values('kk', 'Келесі жылы сайлау өтеді.')).toContain('Келесі жылы=2020');
  });
});
