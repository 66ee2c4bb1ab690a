import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * A date written after the noun of a street, a settlement or an institution is its name:
 * "на улице 8 Марта" (on 8 March Street), "проспект 16 Декабря", "совхоз 1 Мая", "ул. 8 марта",
 * "школа имени 1 Мая". These were dated 8 March, 16 December. Russian writes a month in a
 * date in lower case and in a name with a capital, so a full noun needs the capital; an
 * abbreviated address noun ("ул.", "пр-т") or "имени" does not. Generated over the nouns in
 * their cases, the dates named so, and the abbreviations. A lower-case date after a noun, and
 * the holiday with no place noun, stay dates.
 */
const tagged = (text: string) =>
  tagDates(text, { lang: 'ru', dct: '2021-05-10' }).map((t) => t.text);

const NOUNS = [
  'улица', 'улицы', 'улице', 'улицу', 'улицей', 'проспект', 'проспекта', 'проспекте',
  'проспектом', 'площадь', 'площади', 'площадью', 'переулок', 'переулка', 'переулке',
  'бульвар', 'бульвара', 'бульваре', 'микрорайон', 'микрорайона', 'микрорайоне', 'посёлок',
  'поселка', 'поселке', 'совхоз', 'совхоза', 'совхозе', 'завод', 'завода', 'заводе',
  'фабрика', 'фабрики', 'фабрике', 'сквер', 'сквере', 'парк', 'парке',
]; // prettier-ignore
const NAMES = ['8 Марта', '1 Мая', '9 Мая', '16 Декабря', '25 Октября', '30 Августа'];
const ABBREVIATED = ['ул.', 'пр.', 'пр-т', 'пл.', 'пер.', 'б-р', 'мкр.', 'им.', 'имени'];

describe('Russian: a date naming a place', () => {
  it.each(NAMES)('"%s" after a place noun in every case is no date', (name) => {
    const bad = NOUNS.filter(
      (noun) => tagged(`Аким встретился с жителями ${noun} ${name} .`).length,
    );
    expect(bad).toEqual([]);
  });
  it.each(NAMES)(
    '"%s" (in lower case too) after an abbreviated address noun is no date',
    (name) => {
      const bad = ABBREVIATED.flatMap((noun) =>
        [name, name.toLowerCase()].filter((n) => tagged(`Дом на ${noun} ${n} снесли .`).length),
      );
      expect(bad).toEqual([]);
    },
  );
  it.each([
    ['На площади 16 декабря собрались жители .', '16 декабря'],
    ['8 Марта женщин поздравили .', '8 Марта'],
    ['Им 9 мая вручили награды .', '9 мая'],
    ['На улице 8 Марта 12 февраля прошёл митинг .', '12 февраля'],
  ])('%s keeps the date', (text, date) => expect(tagged(text)).toEqual([date]));
});
