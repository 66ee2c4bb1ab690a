import { describe, expect, it } from 'vitest';
import { ruNameIn } from '../../../../../scripts/extract/events/titleNameCases';
import { isEastAsianName } from '../../../../../scripts/extract/locales/ru/eastAsianName';
import { RU_CASES } from '../../../../../scripts/extract/locales/ru/ruNameCase';

// The genitive ending and the instrumental one a man's last part takes when it ends in a
// consonant: -а/-ом, or -я/-ем after a soft sign.
const soft = (w: string) => w.endsWith('ь');
const inCase = (w: string, c: string): string => {
  if (c === 'nom') return w;
  const stem = soft(w) ? w.slice(0, -1) : w;
  const e = soft(w)
    ? { gen: 'я', dat: 'ю', acc: 'я', ins: 'ем', pre: 'е' }
    : { gen: 'а', dat: 'у', acc: 'а', ins: 'ом', pre: 'е' };
  return stem + e[c as keyof typeof e];
};

const KEEP_ONE_FORM = ['Ван И', 'Ли И', 'Ху Цзиньтао', 'Ли Кэ', 'Пак Кын Хе', 'Чжао Лэцзи'];
const LAST_DECLINES = ['Ли Цян', 'Си Цзиньпин', 'Мун Чжэ Ин', 'Ким Чен Ын', 'Юн Сок Ёль', 'Нгуен Фу Чонг', 'Ван Ян', 'Хань Чжэн', 'Ким Ир Сен']; // prettier-ignore

describe('an East Asian name in a Russian title', () => {
  it.each(KEEP_ONE_FORM.flatMap((n) => RU_CASES.map((c) => [n, c] as const)))(
    '%s keeps one form in the %s',
    (name, c) => {
      expect(ruNameIn(name, false, c)).toBe(name);
    },
  );

  it.each(LAST_DECLINES.flatMap((n) => RU_CASES.map((c) => [n, c] as const)))(
    '%s declines its last part only in the %s',
    (name, c) => {
      const words = name.split(' ');
      const expected = [...words.slice(0, -1), inCase(words.at(-1)!, c)].join(' ');
      expect(ruNameIn(name, false, c)).toBe(expected);
    },
  );
});

describe('names that are no East Asian names', () => {
  it.each([
    ['Петр Иванов', 'Петра Иванова'],
    ['Глеб Никитин', 'Глеба Никитина'],
    ['Джон Керри', 'Джона Керри'],
    ['Марк Рютте', 'Марка Рютте'],
    ['Карл Нехаммер', 'Карла Нехаммера'],
    ['Жан Кастекс', 'Жана Кастекса'],
    ['Касым-Жомарт Токаев', 'Касым-Жомарта Токаева'],
    ['Владимир Ким', 'Владимира Кима'],
  ])('%s declines in every word: %s', (name, gen) => {
    expect(isEastAsianName(name.split(' '))).toBe(false);
    expect(ruNameIn(name, false, 'gen')).toBe(gen);
  });
});
