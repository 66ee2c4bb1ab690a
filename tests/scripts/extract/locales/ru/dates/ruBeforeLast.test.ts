/**
 * "Позапрошлый" (the one before last) is two units back from publication, as "прошлый" is one:
 * the adjective in every gender, number and case, before year, month and week in the case each
 * frame governs, and after a day or month it dates ("5 марта позапрошлого года"). Sentences
 * written for the test, published 2025-03-12; "прошлый" beside them must stay one unit back.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

const PUBLISHED = '2025-03-12';
const values = (text: string) => tagDates(text, { lang: 'ru', dct: PUBLISHED }).map((x) => x.value);

// Frame, the adjective's ending it governs, the unit's form; the value two and one units back.
// prettier-ignore
const FRAMES: [string, string, string, string, string][] = [
  ['В {a} году приняли закон.', 'ом', 'году', '2023', '2024'],
  ['{A} год стал рекордным.', 'ый', 'год', '2023', '2024'],
  ['Итоги {a} года подвели в январе.', 'ого', 'года', '2023', '2024'],
  ['К {a} году вернулись депутаты.', 'ому', 'году', '2023', '2024'],
  ['За {a} годом последовал кризис.', 'ым', 'годом', '2023', '2024'],
  ['В {a} месяце прошли выборы.', 'ом', 'месяце', '2025-01', '2025-02'],
  ['Итоги {a} месяца подвели депутаты.', 'ого', 'месяца', '2025-01', '2025-02'],
  ['На {a} неделе прошла встреча.', 'ой', 'неделе', '2025-W09', '2025-W10'],
  ['Итоги {a} недели подвели депутаты.', 'ой', 'недели', '2025-W09', '2025-W10'],
  ['{A} неделя была трудной.', 'ая', 'неделя', '2025-W09', '2025-W10'],
  ['В декабре {a} года прошёл съезд.', 'ого', 'года', '2023-12', '2024-12'],
  ['5 марта {a} года прошли выборы.', 'ого', 'года', '2023-03-05', '2024-03-05'],
  ['Выборы прошли 19 июня {a} года.', 'ого', 'года', '2023-06-19', '2024-06-19'],
];
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const fill = (frame: string, word: string) => frame.replace('{a}', word).replace('{A}', cap(word));

describe('"позапрошлый" is two units before publication, "прошлый" one', () => {
  it.each(
    FRAMES.flatMap(([frame, ending, , two, one]) => [
      [fill(frame, `позапрошл${ending}`), two],
      [fill(frame, `прошл${ending}`), one],
    ]),
  )('%s → %s', (text, value) => {
    expect(values(text)).toContain(value);
  });
});

// The adjective of "прошлый год" in one word, "прошлогодний", in every gender, number and case
// (as "вчерашний" is yesterday's); "позапрошлогодний" is the year before.
const LAST_YEAR_ENDINGS = ['ий', 'его', 'ему', 'им', 'ем', 'яя', 'ей', 'юю', 'ее', 'ие', 'их', 'ими']; // prettier-ignore
const LAST_YEAR_FRAMES = ['{A} паводок нанёс ущерб.', 'Депутаты говорили о {a} бюджете.'];

describe('"прошлогодний" is the year before publication, "позапрошлогодний" two before', () => {
  it.each(
    LAST_YEAR_ENDINGS.flatMap((e) =>
      LAST_YEAR_FRAMES.flatMap((frame) => [
        [fill(frame, `прошлогодн${e}`), '2024'],
        [fill(frame, `позапрошлогодн${e}`), '2023'],
      ]),
    ),
  )('%s → %s', (text, value) => {
    expect(values(text)).toEqual([value]);
  });

  it.each([
    'Проект обсудили депутаты.',
    'Процесс продолжается.',
    'Программа принята правительством.',
    'Выборы прошли спокойно.',
    'Прошлое не вернуть.',
  ])('"%s" has no date', (text) => {
    expect(values(text)).toEqual([]);
  });
});
