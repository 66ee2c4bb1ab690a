import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../scripts/extract/dates/tagDates';

describe('tagDates on a list of years that names the year word once', () => {
  it.each([
    ['ru', 'Саммиты прошли в 2005, 2011 и 2017 годах.', ['2005', '2011', '2017 годах']],
    ['kk', 'Саммитін 2005, 2011 және 2017 жылдары өткізген.', ['2005', '2011', '2017 жылдары']],
    ['kk', 'Сайлау 2019 және 2022 жылдары өтті.', ['2019', '2022 жылдары']],
    ['ru', 'Набрали 2005, 2011 голосов в 2017 году.', ['2017 году']], // no year word: counts
    ['kk', '2019-2022 жылдары реформа жүрді.', ['2019-2022 жылдары']], // a range stays one
  ] as const)('%s %j', (lang, text, spans) => {
    const found = tagDates(text, { lang, dct: '2024-07-02' });
    expect(found.map((t) => t.text)).toEqual(spans);
    expect(found.map((t) => t.value.slice(0, 4))).toEqual(spans.map((x) => x.slice(0, 4)));
  });
});
