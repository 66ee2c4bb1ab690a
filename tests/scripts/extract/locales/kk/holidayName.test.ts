/**
 * A capitalised word before "күні", "мерекесі" or "мейрамы" in any case names a holiday, not a
 * person, even after a post. Generated over holidays, posts and the day noun's cases; a surname
 * before "күні бойы" (all day) and a surname before a holiday stay people. Sentences written for
 * the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';

const names = (text: string) => findPersons(text, 'kk').map((p) => p.name);

const holidays = ['Тәуелсіздік', 'Жеңіс', 'Наурыз', 'Республика', 'Конституция'];
const posts = ['Мемлекет басшысы', 'Президент', 'Премьер-министр'];
const days = [
  'күні қарсаңында бір топ азаматты марапаттады',
  'күніне орай құттықтау жолдады',
  'күнінде сөз сөйледі',
  'күнімен халықты құттықтады',
  'күндері мерекелік шараларға қатысты',
  'мерекесі қарсаңында бір топ азаматты марапаттады',
  'мерекесіне орай құттықтау жолдады',
  'мерекесінде сөз сөйледі',
  'мерекесімен халықты құттықтады',
  'мейрамы қарсаңында бір топ азаматты марапаттады',
  'мейрамымен халықты құттықтады',
];
const forms = holidays.flatMap((h) =>
  posts.flatMap((p) => days.map((d) => [h, `${p} ${h} ${d}.`] as const)),
);

describe('a holiday named before its day noun', () => {
  it.each(forms)('%s: %s', (holiday, text) => {
    expect(names(text).filter((n) => n.startsWith(holiday.slice(0, 4)))).toEqual([]);
  });
  it.each([
    ['Президент Трамп күні бойы келіссөз жүргізді.', 'Трамп'],
    ['Мемлекет басшысы Қасым-Жомарт Тоқаев Тәуелсіздік күні сөз сөйледі.', 'Қасым-Жомарт Тоқаев'],
    ['Президент Тоқаев Жеңіс күні гүл шоқтарын қойды.', 'Тоқаев'],
  ])('%s keeps %s', (text, name) => {
    expect(names(text)).toContain(name);
  });
});
