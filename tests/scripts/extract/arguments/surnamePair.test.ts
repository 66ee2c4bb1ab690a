import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../scripts/extract/arguments/findPersons';

// Made-up and public surnames of each suffix; the second takes each case its verb asks.
const KK_FIRST = ['Путин', 'Мамин', 'Назарбаев', 'Сапаров', 'Әлиева'];
const KK_SECOND: Array<[string, string, string]> = [
  ['Тоқаевты', 'Тоқаев', 'шақырды'],
  ['Тоқаевқа', 'Тоқаев', 'хат жолдады'],
  ['Тоқаевпен', 'Тоқаев', 'кездесті'],
  ['Қариннің', 'Қарин', 'ұсынысын қолдады'],
  ['Смайыловты', 'Смайылов', 'тағайындады'],
  ['Бекенованы', 'Бекенова', 'марапаттады'],
];
const RU_FIRST = ['Путин', 'Мамин', 'Назарбаев', 'Сапаров'];
const RU_SECOND: Array<[string, string, string]> = [
  ['Токаеву', 'Токаев', 'направил телеграмму'],
  ['Токаева', 'Токаев', 'поздравил'],
  ['Смаилову', 'Смаилов', 'направил письмо'],
];

const KK = KK_FIRST.flatMap((a) =>
  KK_SECOND.filter(([, b]) => b !== a).map(([w, b, verb]) => [`${a} ${w} ${verb}.`, a, b]),
);
const RU = RU_FIRST.flatMap((a) =>
  RU_SECOND.filter(([, b]) => b !== a).map(([w, b, verb]) => [`${a} ${w} ${verb}.`, a, b]),
);

describe('two surnames side by side are two people', () => {
  it.each(KK)('kk «%s»: %s and %s', (sentence, a, b) => {
    expect(findPersons(sentence, 'kk').map((p) => p.name)).toEqual([a, b]);
  });

  it.each(RU)('ru «%s»: %s and %s', (sentence, a, b) => {
    expect(findPersons(sentence, 'ru').map((p) => p.name)).toEqual([a, b]);
  });

  it.each(
    KK_SECOND.filter(([, b]) => b !== 'Қарин').map(([w, b, verb]) => [
      `Ерлан Қарин ${w} ${verb}.`,
      b,
    ]),
  )('kk «%s»: a given name and a surname, then %s', (sentence, b) => {
    expect(findPersons(sentence, 'kk').map((p) => p.name)).toEqual(['Ерлан Қарин', b]);
  });

  it.each([
    ['kk', 'Нұрбек Сапаров жиналысқа қатысты.', 'Нұрбек Сапаров'],
    ['kk', 'Константин Жуков жиналысқа қатысты.', 'Константин Жуков'],
    ['kk', 'Әкім Мәди Серікке хат жолдады.', 'Мәди Серік'],
    ['ru', 'Константин Жуков провел встречу.', 'Константин Жуков'],
    ['ru', 'Валентин Сапаров провел встречу.', 'Валентин Сапаров'],
    ['kk', 'Асайын Байханов жиналысқа қатысты.', 'Асайын Байханов'],
    ['kk', 'Тұрсын Сапаровқа хат жолдады.', 'Тұрсын Сапаров'],
    ['ru', 'Медина Абенова провела встречу.', 'Медина Абенова'],
    ['ru', 'Карина Сапарова провела встречу.', 'Карина Сапарова'],
  ] as const)('%s «%s» is one person, %s', (lang, sentence, name) => {
    expect(findPersons(sentence, lang).map((p) => p.name)).toEqual([name]);
  });

  it('gives the post before the first to the first only', () => {
    const found = findPersons('Президент России Путин Токаеву направил телеграмму.', 'ru');
    expect(found.map((p) => [p.name, p.role ?? null])).toEqual([
      ['Путин', 'Президент России'],
      ['Токаев', null],
    ]);
  });
});
