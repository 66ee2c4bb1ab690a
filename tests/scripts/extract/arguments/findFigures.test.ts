import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../../scripts/extract/arguments/findFigures';

const one = (text: string, lang: 'kk' | 'ru' = 'kk') => {
  const [f] = findFigures(text, lang);
  return f && [f.value, f.unit, f.qualifier];
};

describe('findFigures(text, "kk")', () => {
  it.each([
    ['399-ға жуық делегат қатысқан', [399, 'delegates', 'approx']],
    ['1000-ға жуық іс-шара өткізбек', [1000, 'events', 'approx']],
    ['бір мыңға жуық іс-шара ұйымдастырылады', [1000, 'events', 'approx']],
    ['Жалпы 700 мың адамды қамту', [700000, 'people', 'exact']],
    ['Құрамында 150 адам.', [150, 'people', 'exact']],
    ['130-дан астам мүше кірді', [130, 'members', 'over']],
    ['300-ден аса қоғамдық ұйым енген', [300, 'organisations', 'over']],
    ['300-ден астам қоғамдық-саяси ұйым өкілдері', [300, 'organisations', 'over']],
    ['5 жетекші саяси партия мен', [5, 'parties', 'exact']],
    ['бес жетекші партияның өкілдерімен', [5, 'parties', 'exact']],
    ['барлығы 1,5 мың іс-шара өткізілді', [1500, 'events', 'exact']],
    ['4 мыңға жуық ұсыныс келіп түсті', [4000, 'proposals', 'approx']],
    ['жүзден астам ұсыныс түскен', [100, 'proposals', 'over']],
    ['17 өңірлік штаб құрылды', [17, 'headquarters', 'exact']],
    ['700-ге жуық іс-шара', [700, 'events', 'approx']],
    ['алты саяси партияның өкілдері', [6, 'parties', 'exact']],
    ['екі жүз елу делегат', [250, 'delegates', 'exact']],
    ['мыңдай адам жиналды', [1000, 'people', 'approx']],
    ['шамамен 500 адам', [500, 'people', 'approx']],
    ['дауыстың 81 пайызы', [81, 'percent', 'exact']],
    ['55% дауыс', [55, 'percent', 'exact']],
  ])('reads %s', (text, expected) => {
    expect(one(text)).toEqual(expected);
  });

  it('reads a total that exceeds a number, as people when the subject is the population', () => {
    expect(one('Астанадағы халық саны қазір 1,5 млн-нан асады.')).toEqual([
      1500000,
      'people',
      'over',
    ]);
    expect(one('Бюджет 2 млрд-тан асады.')).toEqual([2e9, 'other', 'over']);
  });

  it.each([
    '2022 жылы саяси партия құрылды',
    'бәріміз 20 қарашада дауыс беруге',
    'Мен 16-наурызда ұсынамын',
    '23 жыл «Nur Otan» деп аталған',
    'кезектен тыс XXIV съезі',
    'соңғы 1 айда бас партия',
    '22-съезін ашты',
    'бірден бірнеше партиядан ұсынылуы',
    'Онда аудандық филиалдың хатшысы',
    'жұмыстарды жеті топқа бөліп',
  ])('reports no figure in %s', (text) => {
    expect(findFigures(text, 'kk')).toEqual([]);
  });

  it('covers the number, qualifier and unit in the hit', () => {
    const text = 'Елдің әр аймағынан 399-ға жуық делегат қатысқан';
    const [f] = findFigures(text, 'kk');
    expect(f?.text).toBe('399-ға жуық делегат');
    expect(text.slice(f?.start, f?.end)).toBe(f?.text);
  });
});

describe('findFigures(text, "ru")', () => {
  it.each([
    ['около 500 человек', [500, 'people', 'approx']],
    ['более 300 организаций', [300, 'organisations', 'over']],
    ['не менее 1 500 мероприятий', [1500, 'events', 'over']],
    ['менее 10 процентов', [10, 'percent', 'under']],
    ['пять партий', [5, 'parties', 'exact']],
    ['свыше 4 тысяч предложений', [4000, 'proposals', 'over']],
  ])('reads %s', (text, expected) => {
    expect(one(text, 'ru')).toEqual(expected);
  });

  it('skips dates', () => {
    expect(findFigures('5 декабря 2022 года', 'ru')).toEqual([]);
  });
});
