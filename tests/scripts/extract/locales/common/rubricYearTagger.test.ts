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
  it('keeps a rubric year standing alone or before a clause', () => {
    expect(tagged('Сайлау-2022: нәтиже')).toEqual(['2022=2022']);
    expect(tagged('Сайлау-2022 нәтижесі белгілі болды .')).toEqual(['2022=2022']);
  });
});
