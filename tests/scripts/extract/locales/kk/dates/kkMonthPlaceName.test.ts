import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * A month (or a day and month) in the nominative before a place noun in the possessive is the
 * place's name: "Желтоқсан көшесі", "16 Желтоқсан даңғылында", "Бірінші Мамыр ауылы". Before a
 * place noun without the possessive it stays the time ("1 мамыр көшеге шықты"). Generated over
 * every month, place noun and the possessive case forms (vowel-final "көше" takes -сі, the
 * others -ы/-і; "саябақ" softens to "саябағ-").
 */
const DCT = '2021-05-10';
const tagged = (text: string) => tagDates(text, { lang: 'kk', dct: DCT }).map((t) => t.text);

const MONTHS = [
  'Қаңтар', 'Ақпан', 'Наурыз', 'Сәуір', 'Мамыр', 'Маусым',
  'Шілде', 'Тамыз', 'Қыркүйек', 'Қазан', 'Қараша', 'Желтоқсан',
]; // prettier-ignore
const PLACES: readonly [string, 'back' | 'front'][] = [
  ['көшес', 'front'],
  ['даңғыл', 'back'],
  ['алаң', 'back'],
  ['саябағ', 'back'],
  ['ауыл', 'back'],
  ['бекет', 'front'],
];
const possessive = (stem: string, h: 'back' | 'front') => {
  const [y, a] = h === 'back' ? ['ы', 'а'] : ['і', 'е'];
  return ['', 'н', `нд${a}`, `н${a}`, `н${a}н`, `н${y}ң`].map((c) => `${stem}${y}${c}`);
};

describe('Kazakh: a month naming a place', () => {
  it.each(MONTHS)('"%s" (and "16 %s") before a possessive place noun is no date', (month) => {
    const bad = PLACES.flatMap(([stem, h]) =>
      possessive(stem, h).flatMap((place) =>
        [`${month} ${place}`, `16 ${month.toLowerCase()} ${place}`].filter(
          (p) => tagged(`Жиын ${p} өтті .`).length > 0,
        ),
      ),
    );
    expect(bad).toEqual([]);
  });
  it.each([
    ['1 мамыр көшеге шықты .', '1 мамыр'],
    ['12 желтоқсан алаңда жиын болды .', '12 желтоқсан'],
    ['Желтоқсанда көшеде қар көп .', 'Желтоқсанда'],
  ])('%s keeps the date', (text, date) => expect(tagged(text)).toEqual([date]));
});
