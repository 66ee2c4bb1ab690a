import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';
import { rangeStart } from '../../../../scripts/extract/dates/interval';

/*
 * Years joined by a dash are one stretch: "2022-2023 жылдары" is valued 2022/2023, as the devset's
 * writers value it, where the tagger gave only its start (2022). Generated: pairs of years × every
 * dash, spaced or not × the plural year word in every case and possessive (kk) or case (ru).
 */
const PAIRS: readonly [number, number][] = [
  [2019, 2020],
  [2022, 2023],
  [2024, 2026],
  [2021, 2025],
  [1997, 2001],
];
const DASHES = ['-', '–', '—', ' – ', ' — ', ' - '];
const KK_FORMS = [
  'жылдар',
  'жылдары',
  'жылдарда',
  'жылдарға',
  'жылдардағы',
  'жылдардың',
  'жылдардан',
  'жылдарында',
  'жылдарындағы',
  'жылдарға дейін',
  'жылдар аралығында',
];
// (The Russian plural after the preposition that governs its case.)
const RU_FORMS: readonly [string, string][] = [
  ['на', 'годы'],
  ['в', 'годах'],
  ['итоги', 'годов'],
  ['к', 'годам'],
];

const tag = (lang: 'kk' | 'ru', text: string) =>
  tagDates(text, { lang, dct: '2024-05-10' }).map((t) => `${t.text}=${t.value}`);

function wrongOf(lang: 'kk' | 'ru', cases: { phrase: string; text: string; want: string }[]) {
  return cases.flatMap(({ phrase, text, want }) => {
    const got = tag(lang, text);
    return got.join(' ') === `${phrase}=${want}` ? [] : [`${text} → ${got.join(' ')}`];
  });
}

describe('a range of years is one interval', () => {
  it.each(PAIRS)('Kazakh %i…%i: every dash and form of "жылдар"', (a, b) => {
    const cases = DASHES.flatMap((dash) =>
      KK_FORMS.map((form) => {
        const phrase = `${a}${dash}${b} ${form}`;
        return { phrase, text: `Бағдарлама ${phrase} жүзеге асады .`, want: `${a}/${b}` };
      }),
    );
    expect(wrongOf('kk', cases)).toEqual([]);
  });

  it.each(PAIRS)('Russian %i…%i: every dash and case of "годы"', (a, b) => {
    const cases = DASHES.flatMap((dash) =>
      RU_FORMS.map(([before, form]) => {
        const phrase = `${a}${dash}${b} ${form}`;
        return { phrase, text: `Программа ${before} ${phrase} принята .`, want: `${a}/${b}` };
      }),
    );
    expect(wrongOf('ru', cases)).toEqual([]);
  });

  it('keeps a list of years, "с … по …" and a day range valued by their start', () => {
    expect(tag('kk', '2021 және 2023 жылдары өтті .')).toEqual(['2021=2021', '2023 жылдары=2023']);
    expect(tag('ru', 'в 2021 и 2023 годах прошли .')).toEqual(['2021=2021', '2023 годах=2023']);
    expect(tag('ru', 'с 2020 по 2022 год работал .')).toEqual(['2020 по 2022 год=2020']);
    expect(tag('ru', 'Форум пройдет 16-17 июня .')).toEqual(['16-17 июня=2024-06-16']);
  });

  it('keeps a duration of "2–3 жыл" a length', () => {
    expect(tag('kk', 'Құрылыс 2–3 жыл созылады .')).toEqual(['2–3 жыл=P2Y']);
  });

  it('gives the stages the start back as the value, the end as endValue', () => {
    const [t] = tagDates('Бағдарлама 2022–2023 жылдары жүзеге асты .', { lang: 'kk' });
    expect(rangeStart(t!)).toMatchObject({ value: '2022', endValue: '2023' });
  });
});
