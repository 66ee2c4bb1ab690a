import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../scripts/extract/arguments/findPersons';

const people = (text: string, lang: 'kk' | 'ru' = 'kk') =>
  findPersons(text, lang).map((p) => (p.role ? [p.name, p.role] : [p.name]));

describe('findPersons(text, "kk")', () => {
  it.each([
    ['Себебі, Мәжіліс төрағасы Ерлан Қошанов 23 жыл', 'Ерлан Қошанов', 'Мәжіліс төрағасы'],
    ['Партия ардагері Жолдасбек Балғабаев алдағы сайлау', 'Жолдасбек Балғабаев', 'Партия ардагері'],
    ['– дейді мектеп мұғалімі Лунара Жалелова.', 'Лунара Жалелова', 'мектеп мұғалімі'],
    ['Жиында сөз алған депутат Саясат Нұрбекте ұсынысын айтты.', 'Саясат Нұрбек', 'депутат'],
    ['Президент Қ.Тоқаев халыққа арнаған Жолдауы', 'Қ.Тоқаев', 'Президент'],
    [
      'Онда аудандық филиалдың атқарушы хатшысы Е.Жақып партия',
      'Е.Жақып',
      'аудандық филиалдың атқарушы хатшысы',
    ],
    [
      '– Өздеріңізге мәлім, Мемлекет басшысы Қасым-Жомарт Кемелұлы Тоқаев ірі',
      'Қасым-Жомарт Кемелұлы Тоқаев',
      'Мемлекет басшысы',
    ],
    [
      'Павлодар облысының әкімі Асайын Байханов кездесті',
      'Асайын Байханов',
      'Павлодар облысының әкімі',
    ],
  ])('reads %s', (text, name, role) => {
    expect(people(text)).toEqual([[name, role]]);
  });

  it('walks the role phrase back to the verb of saying', () => {
    const text =
      '», – деді Көкшетау қаласындағы Жоғары техникалық колледжінің кәсіптік бағдар беру бөлімінің меңгерушісі Бауыржан Ибраев.';
    expect(people(text)).toEqual([
      [
        'Бауыржан Ибраев',
        'Көкшетау қаласындағы Жоғары техникалық колледжінің кәсіптік бағдар беру бөлімінің меңгерушісі',
      ],
    ]);
  });

  it('puts inflected surnames in the nominative: Қасым-Жомарт Тоқаевты → Тоқаев', () => {
    expect(people('съезі мен Қасым-Жомарт Тоқаевты қолдау жөніндегі')).toEqual([
      ['Қасым-Жомарт Тоқаев'],
    ]);
    expect(people('Мұны Ерлан Қошановқа тапсырды')).toEqual([['Ерлан Қошанов']]);
  });

  it('accepts names with surname endings and no role', () => {
    expect(people('әріптесім Лаура Қуанышқызы толығырақ баяндайды')).toEqual([
      ['Лаура Қуанышқызы'],
    ]);
    expect(people('Ердәулет Ыбырайұлы, Самат Оспанов')).toEqual([
      ['Ердәулет Ыбырайұлы'],
      ['Самат Оспанов'],
    ]);
  });

  it('rejects capitalised pairs that are not people', () => {
    expect(people('Жаңа Конституция Еліміздің болашақ')).toEqual([]);
    expect(people('Құрамында 150 адам. Жақын уақытта біз')).toEqual([]);
    expect(people('Бүгін Астана мен Алматы')).toEqual([]);
  });

  it('drops a sentence opener before a two-word name', () => {
    expect(people('Бүгін Асхат Оралов сөйледі')).toEqual([['Асхат Оралов']]);
  });

  it('reads speakers of caption lines, re-cased', () => {
    const [p] = findPersons(
      'Асхат ОРАЛОВ, «NUR OTAN» ПАРТИЯСЫНЫҢ АТҚАРУШЫ ХАТШЫСЫ:\n\nСәуірде…',
      'kk',
    );
    expect(p).toMatchObject({
      text: 'Асхат ОРАЛОВ',
      name: 'Асхат Оралов',
      role: '«Nur Otan» партиясының атқарушы хатшысы',
    });
  });
});

describe('findPersons(text, "ru")', () => {
  it('takes the Russian role before the name, with its genitive', () => {
    expect(people('Как заявил председатель Мажилиса Ерлан Кошанов, закон', 'ru')).toEqual([
      ['Ерлан Кошанов', 'председатель Мажилиса'],
    ]);
  });

  it('normalises Russian instrumental surnames and keeps patronymics', () => {
    expect(people('встретился с Токаевым. Иван Петрович Сидоров', 'ru')).toEqual([
      ['Токаев'],
      ['Иван Петрович Сидоров'],
    ]);
  });
});
