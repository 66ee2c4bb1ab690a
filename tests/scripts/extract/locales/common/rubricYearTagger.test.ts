import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../scripts/extract/dates/tagDates';

/*
 * "Name-YEAR" before the noun it names is a programme's or an event's name ("Экспо-2017
 * көрмесі", "Қазақстан-2050 стратегиясы"), its year often a target, and KazNERD marks it as an
 * event or a project, not a date. A rubric standing alone ("Сайлау-2022: нәтиже") keeps its
 * year. Heads generated in their possessive case forms.
 */
const tagged = (text: string, lang: 'kk' | 'ru' = 'kk') =>
  tagDates(text, { lang, dct: '2021-05-10' }).map((t) => `${t.text}=${t.value}`);

const KK_HEADS = [
  'көрмесі', 'стратегиясы', 'бағдарламасы', 'жобасы', 'фестивалі', 'форумы', 'ойындары',
  'олимпиадасы', 'чемпионаты', 'конкурсы', 'байқауы', 'турнирі', 'марафоны', 'акциясы',
  'саммиті', 'жарысы', 'конференциясы', 'тұжырымдамасы',
]; // prettier-ignore
const CASES = ['', 'нда', 'на', 'ның', 'н', 'нан'];

describe('rubricYearTagger: a year in the name of what follows', () => {
  it.each(KK_HEADS)('"Экспо-2017 %s" in every case has no date', (head) => {
    for (const c of CASES) expect(tagged(`Астанада Экспо-2017 ${head}${c} өтті .`)).toEqual([]);
  });
  it.each(['выставка', 'выставки', 'форума', 'стратегии', 'программы'])(
    'Russian "ЭКСПО-2017 %s" has no date',
    (head) => expect(tagged(`В Астане ЭКСПО-2017 ${head} открылась .`, 'ru')).toEqual([]),
  );
  // (The year glued to the event's own noun, or before that noun past its adjectives.)
  const GLUED = [
    'ойындары',
    'ойындарының',
    'Олимпиада',
    'Универсиадасы',
    'чемпионаты',
    'форумы',
    'саммитінде',
  ];
  const YEARS = ['2017', '2024', '2026', '2029'];
  it.each(GLUED.flatMap((w) => YEARS.map((y) => [w, y])))('"Азия %s-%s" has no date', (w, y) =>
    expect(tagged(`Азия ${w}-${y} жақындап келеді .`)).toEqual([]),
  );
  const ADJECTIVES = [['әлемдік'], ['халықаралық'], ['азиялық', 'кезекті']];
  const HEADS = ['ойындары', 'ойындарына', 'форумында', 'чемпионатының', 'марафоны'];
  it.each(ADJECTIVES.flatMap((a) => HEADS.flatMap((h) => YEARS.map((y) => [y, a.join(' '), h]))))(
    '"Алматы-%s %s %s" has no date',
    (y, a, h) => expect(tagged(`Алматы-${y} ${a} ${h} туралы айтылды .`)).toEqual([]),
  );
  // (The season adjective stays a season, as KazNERD marks "жазғы Олимпиада"; the year goes.)
  it.each(YEARS.map((y) => [y]))('Russian "Сочи-%s зимние Олимпийские игры" has no year', (y) =>
    expect(tagged(`Сочи-${y} зимние Олимпийские игры завершились .`, 'ru')).toEqual([
      'зимние=2021-WI',
    ]),
  );
  it('keeps a rubric year standing alone or before a clause', () => {
    expect(tagged('Сайлау-2022: нәтиже')).toEqual(['2022=2022']);
    expect(tagged('Сайлау-2022 нәтижесі белгілі болды .')).toEqual(['2022=2022']);
    expect(tagged('Сайлау-2022 президенттік науқан басталды .')).toEqual(['2022=2022']);
    expect(tagged('Выборы-2023 : итоги голосования')).toEqual(['2023=2023']);
  });
});
