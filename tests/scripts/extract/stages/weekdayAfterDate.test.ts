/**
 * A header's date followed by its weekday ("Мәжіліс | 2024 жылғы 17 сәуір, сәрсенбі", "17 апреля
 * 2024 г., среда") is the publication date, as one with the weekday before it already was.
 * Generated over every weekday word of both languages, after three ways of writing the date, with
 * a comma or a middle dot. The Russian weekday in the nominative and the accusative both count.
 */
import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../../../scripts/extract/stages/dateline';

const WEEKDAYS = ['понедельник', 'вторник', 'среда', 'среду', 'четверг', 'пятница', 'суббота', 'воскресенье', 'дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі', 'жексенбі']; // prettier-ignore
const DATES = ['2024 жылғы 17 сәуір', '17 апреля 2024 г.', '17.04.2024', 'Мәжіліс | 17 сәуір 2024'];

describe('a weekday after the header date', () => {
  it.each(WEEKDAYS)('%s', (weekday) => {
    for (const date of DATES)
      for (const sep of [', ', ' · '])
        expect(parseDateline(`${date}${sep}${weekday}`), `${date}${sep}${weekday}`).toBe(
          '2024-04-17',
        );
  });
  it('a weekday before the date still counts, nominative too', () => {
    expect(parseDateline('Пятница, 5 апреля 2024')).toBe('2024-04-05');
    expect(parseDateline('Суббота, 6 апреля 2024')).toBe('2024-04-06');
  });
  it('a weekday alone is no date', () => {
    expect(parseDateline('сәрсенбі')).toBeNull();
  });
});
