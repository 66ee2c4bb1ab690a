import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * "үш айлық жалақы" (three months' pay), "бірнеше айлық табыс": months before a word of pay
 * measure a sum of money, as in "айлық есептік көрсеткіш" (the monthly calculation index), not a
 * time; KazNERD leaves them unmarked. Generated: counts in digits and words and unknown counts,
 * before every pay noun in several case and possessive forms; months before other nouns ("алты
 * айлық курс", "он айлық нәресте") stay durations.
 */
const tag = (text: string) => tagDates(text, { lang: 'kk' }).map((t) => t.text);

const COUNTS = ['3', 'үш', 'бірнеше', 'бірер', 'алты'];
const PAY = [
  'жалақы', 'жалақысын', 'жалақысына', 'айлығын', 'табысы', 'табысын', 'зейнетақысы',
  'стипендиясы', 'жәрдемақы', 'ақысын', 'есептік көрсеткіш',
]; // prettier-ignore

describe('Kazakh months of pay', () => {
  it.each(COUNTS)('"%s айлық" before every word of pay is no date', (n) => {
    const dated = PAY.flatMap((p) => {
      const found = tag(`Оған ${n} айлық ${p} берілді .`);
      return found.length ? [`${n} айлық ${p}: ${found.join(', ')}`] : [];
    });
    expect(dated).toEqual([]);
  });
  it.each([
    ['Ол алты айлық курс оқыды .', ['алты айлық']],
    ['Он айлық нәресте ауруханаға түсті .', ['Он айлық']],
    ['Үш айлық жұмыс жоспары бекітілді .', ['Үш айлық']],
  ])('months of something else are a duration: %s', (sentence, spans) => {
    expect(tag(sentence)).toEqual(spans);
  });
});
