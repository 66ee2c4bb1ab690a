import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';
import { clean } from '../../../../../../scripts/extract/stages/clean';
import { toParagraphs, toSentences } from '../../../../../../scripts/extract/stages/sentences';

/*
 * Abbreviated Kazakh months, with their dot: month first with the day's possessive and case
 * ("қаң. 5-інде", "наур. 8-і"), day first ("5 қаң.", "21 сәу. 2022 ж."). Generated: every month x
 * its abbreviations x the day's endings (or the day-first forms); the day's ending follows its
 * last number word's harmony (5 бес: -інде; 10 он: -ында; 12 он екі: -сінде; 20 жиырма: -сында).
 * The ordinary words among the abbreviations (қаз goose, қар snow, там wall, жел wind, қыр ridge)
 * stay words without the dot, and a number after a dot without an ending may start a sentence.
 */
const ABBR: readonly (readonly string[])[] = [
  ['қаң', 'қаңт'], ['ақп'], ['нау', 'наур'], ['сәу'], ['мам'], ['мау', 'маус'], ['шіл'], ['там'],
  ['қыр', 'қырк'], ['қаз'], ['қар'], ['жел', 'желт'],
]; // prettier-ignore
const DAYS: readonly [number, readonly string[]][] = [
  [5, ['і', 'іне', 'інде', 'інен', 'інің', 'індегі']],
  [10, ['ы', 'ына', 'ында', 'ынан', 'ының', 'ындағы']],
  [12, ['сі', 'сіне', 'сінде', 'сінен', 'сінің', 'сіндегі']],
  [20, ['сы', 'сына', 'сында', 'сынан', 'сының', 'сындағы']],
];
const pad = (n: number) => String(n).padStart(2, '0');
const tag = (sentence: string) =>
  tagDates(sentence, { lang: 'kk', dct: '2025-02-12' }).map((t) => [t.text, t.value.slice(5)]);

const monthFirst = ABBR.flatMap((forms, m) =>
  forms.flatMap((a) =>
    DAYS.flatMap(([d, ends]) => ends.map((e) => [`${a}. ${d}-${e}`, `${pad(m + 1)}-${pad(d)}`])),
  ),
);
const dayFirst = ABBR.flatMap((forms, m) =>
  forms.flatMap((a) =>
    [5, 12, 20].flatMap((d) => [
      [`${d} ${a}.`, `${pad(m + 1)}-${pad(d)}`, `${d} ${a}.`],
      [`${d}-інші ${a}.`, `${pad(m + 1)}-${pad(d)}`, `${d}-інші ${a}.`],
      [`${d} ${a}. 2022 ж.`, `2022-${pad(m + 1)}-${pad(d)}`, `${d} ${a}. 2022 ж.`],
      [`${d} ${a} 2022 ж.`, `2022-${pad(m + 1)}-${pad(d)}`, `${d} ${a} 2022 ж.`],
    ]),
  ),
);

describe('Kazakh abbreviated months', () => {
  it.each(ABBR.map((forms, m) => [forms.join('/'), m]))(
    '%s. first, then the day with each of its endings',
    (_, m) => {
      const mine = monthFirst.filter(([, v]) => v!.startsWith(`${pad(Number(m) + 1)}-`));
      const wrong = mine.filter(
        ([p, v]) => JSON.stringify(tag(`Мәжіліс ${p} заң қабылдады.`)) !== JSON.stringify([[p, v]]),
      );
      expect(wrong).toEqual([]);
    },
  );

  it.each(ABBR.map((forms, m) => [forms.join('/'), m]))(
    'the day first, then %s. (with a year after it, or without)',
    (_, m) => {
      const mine = dayFirst.filter(([, v]) => v!.includes(`${pad(Number(m) + 1)}-`));
      const wrong = mine.filter(([p, v, span]) => {
        const got = tag(`Мәжіліс ${p} заң қабылдады.`);
        const want = [[span, v!.length > 5 ? v!.slice(5) : v]];
        return JSON.stringify(got) !== JSON.stringify(want);
      });
      expect(wrong).toEqual([]);
    },
  );

  it.each([
    'Көлге 5 қаз қонды.',
    'Таудан 2 қар көшкіні түсті.',
    'Ауылда 3 там бар.',
    'Кеше 5 жел диірмені орнатылды.',
    'Олар 10 қыр асты.',
    'Бүгін қатты жел. 5 адам зардап шекті.',
    'Бүгін қатты жел. 5-інші қабаттың терезесі сынды.',
    'Ауладағы там 5-інде құлады.',
    'Ақпарат агенттігі 5 тілде жазады.',
  ])('no month in "%s"', (sentence) => {
    expect(tag(sentence).filter(([text]) => /\d/u.test(text!))).toEqual([]);
  });

  it.each([
    [
      'Мәжіліс қаң. 5-інде заң қабылдады. Сенат оны мақұлдады.',
      'Мәжіліс қаң. 5-інде заң қабылдады.',
    ],
    [
      'Сенат 21 сәу. 2022 ж. заңды мақұлдады. Президент қол қойды.',
      'Сенат 21 сәу. 2022 ж. заңды мақұлдады.',
    ],
    ['Бүгін қатты жел. 5-інші қабаттың терезесі сынды.', 'Бүгін қатты жел.'],
  ])('a full stop of an abbreviated month ends no sentence: "%s"', (text, first) => {
    const { paragraphs } = toParagraphs(clean(text), () => null);
    expect(toSentences(text, paragraphs)[0]?.text).toBe(first);
  });
});
