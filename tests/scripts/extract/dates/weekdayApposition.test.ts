/**
 * A weekday beside a year-less date: generated over every weekday, both orders, both languages and
 * dates around a publication day, whatever the tense says; and sentences where nothing may move.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';
import { isoWeekday, parseDct } from '../../../../scripts/extract/dates/utcCalendar';

const RU_MONTHS_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря']; // prettier-ignore
const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан']; // prettier-ignore
// The locative by vowel harmony and the last sound: -да/-де after a vowel or a voiced sound, -та/-те after a voiceless one.
const kkLocative = (word: string) => {
  const front = /[әеіөүи][^аәеіоөұүыуэюяи]*$/u.test(word);
  const voiceless = /[кқпстфхцчшщ]$/u.test(word);
  return word + (voiceless ? (front ? 'те' : 'та') : front ? 'де' : 'да');
};
// Accusative after "в/во", as news writes it; Kazakh weekdays before "күні".
const RU_WEEKDAYS = ['в понедельник', 'во вторник', 'в среду', 'в четверг', 'в пятницу', 'в субботу', 'в воскресенье']; // prettier-ignore
const KK_WEEKDAYS = ['дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі', 'жексенбі']; // prettier-ignore

// Days from late last year to early next year around the publication day 2024-09-26, each with the
// weekday it falls on (2023-11-28 … 2025-02-04, one a week).
const DCT = '2024-09-26';
const DAYS = Array.from({ length: 63 }, (_, k) => {
  const d = new Date(Date.UTC(2023, 10, 28 + k * 7 + (k % 7)));
  return d.toISOString().slice(0, 10);
});

function cases(lang: 'kk' | 'ru') {
  return DAYS.flatMap((day) => {
    const { month, day: dom } = parseDct(day);
    const weekday = isoWeekday(parseDct(day));
    if (lang === 'ru') {
      const w = RU_WEEKDAYS[weekday - 1]!;
      const date = `${dom} ${RU_MONTHS_GEN[month - 1]}`;
      return [
        [`Акимат согласовал пикет ${w}, ${date}.`, day],
        [`Митинг прошел ${w}, ${date}.`, day],
        [`Сессия пройдет ${date} (${w.replace(/^во?\s/u, '')}).`, day],
        // (The weekday after the date keeps its preposition: it is still the same day.)
        [`Правительство ${date}, ${w}, ввело режим.`, day],
        [`Сессия пройдет ${date} (${w}).`, day],
      ];
    }
    const w = KK_WEEKDAYS[weekday - 1]!;
    const month_ = KK_MONTHS[month - 1]!;
    return [
      // (A bare "жұма" is also the week, or the Friday prayer: "жұма күні" is the day.)
      [`Жиын ${w === 'жұма' ? 'жұма күні' : w}, ${dom} ${kkLocative(month_)} өтті.`, day],
      [`Сессия ${dom} ${month_}, ${w} күні өтеді.`, day],
    ];
  });
}

describe('a weekday beside a year-less date fixes its year and names that day', () => {
  it.each([...cases('ru'), ...cases('kk')].map((c) => [c[0]!, c[1]!]))('%s → %s', (text, day) => {
    const lang = /[әіңғүұқөһ]/u.test(text) ? 'kk' : 'ru';
    const days = tagDates(text, { lang, dct: DCT })
      .filter((t) => /^\d{4}-\d{2}-\d{2}$/u.test(t.value))
      .map((t) => t.value);
    expect(days).toEqual([day, day]);
  });

  it('keeps a year the text writes, and the weekday takes that date', () => {
    const [weekday, date] = tagDates('Съезд прошел в субботу, 28 сентября 2023 года.', {
      lang: 'ru',
      dct: DCT,
    });
    expect(date!.value).toBe('2023-09-28');
    expect(weekday!.value).toBe('2023-09-28');
  });

  it('leaves dates that are not beside a weekday alone', () => {
    const [date, weekday] = tagDates('Пикет прошел 28 сентября, а в субботу акимат ответил.', {
      lang: 'ru',
      dct: DCT,
    });
    expect(date!.value).toBe('2023-09-28');
    expect(weekday!.value).toBe('2024-09-21');
  });
});

describe('with no publication date, a bare weekday is the day the story told on that weekday', () => {
  it.each([
    [
      'ru',
      'Заявление сделано в понедельник, 19 декабря 2022 года. Об этом говорится в распространённом в понедельник пресс-релизе.',
      ['2022-12-19', '2022-12-19', '2022-12-19'],
    ],
    // Another weekday than the day told: which one is not written.
    [
      'ru',
      'Заявление сделано 19 декабря 2022 года. Пресс-релиз распространили во вторник.',
      ['2022-12-19', 'XXXX-WXX-2'],
    ],
    [
      'kk',
      'Мәлімдеме 2022 жылғы 19 желтоқсанда, дүйсенбі күні жасалды. Баспасөз хабарламасы дүйсенбі күні таратылды.',
      ['2022-12-19', '2022-12-19', '2022-12-19'],
    ],
  ] as const)('%s: %s', (lang, text, values) => {
    expect(tagDates(text, { lang }).map((t) => t.value)).toEqual(values);
  });
});
