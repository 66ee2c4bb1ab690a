/**
 * A Kazakh name with a patronymic is one person in every case, beside another name: "Тоқаев Мұрат
 * Алмасұлы Нұртілеуді қабылдады" (a test sentence written for the check) found no one, "Ерлан
 * Тоқтарұлы Қаринді Тоқаев қабылдады" the person "Қаринді Тоқаев"; "Мұрат Алмасұлы Нұртілеу
 * мәлімдеді" no one, the surname having no Russian ending. Generated over names (Kazakh and
 * Russian-style patronymics), cases and word orders, in Kazakh and Russian; sentences written for
 * the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../scripts/extract/arguments/findPersons';
import { kkNameCases } from '../../../../scripts/extract/locales/kk/kkNameEndings';

const KK_NAMES = [
  'Мұрат Алмасұлы Нұртілеу',
  'Ерлан Тоқтарұлы Қарин',
  'Әсел Болатқызы Жанәлиева',
  'Айгүл Серікқызы Омарова',
  'Мұрат Алмасович Нұртілеу',
];
// The surname's case (index in kkNameCases: genitive, dative, accusative, locative, ablative,
// instrumental) and the verb after it; -1 is the nominative.
const KK_OBJECTS: Array<[number, string]> = [
  [1, 'хат жолдады'],
  [2, 'қабылдады'],
  [4, 'баяндама тыңдады'],
  [5, 'кездесті'],
];

const cased = (name: string, c: number) => {
  const words = name.split(' ');
  return [...words.slice(0, -1), c < 0 ? words.at(-1)! : kkNameCases(words.at(-1)!)[c]!].join(' ');
};

const kk = KK_NAMES.flatMap((name) => [
  [`${name} мәлімдеді.`, [name], 'kk'],
  [`${cased(name, 0)} мәлімдемесі жарияланды.`, [name], 'kk'],
  ...KK_OBJECTS.flatMap(([c, verb]) => [
    [`Тоқаев ${cased(name, c)} ${verb}.`, ['Тоқаев', name], 'kk'],
    [`${cased(name, c)} Тоқаев ${verb}.`, [name, 'Тоқаев'], 'kk'],
  ]),
]);

// Nominative, accusative, dative and instrumental of a Russian name with its patronymic.
const RU_NAMES: Array<[string, string, string, string]> = [
  [
    'Ерлан Токтарович Карин',
    'Ерлана Токтаровича Карина',
    'Ерлану Токтаровичу Карину',
    'Ерланом Токтаровичем Кариным',
  ],
  [
    'Мурат Алмасович Нуртлеу',
    'Мурата Алмасовича Нуртлеу',
    'Мурату Алмасовичу Нуртлеу',
    'Муратом Алмасовичем Нуртлеу',
  ],
];
const ru = RU_NAMES.flatMap(([nom, acc, dat, ins]) => [
  [`Токаев принял ${acc}.`, ['Токаев', nom], 'ru'],
  [`Токаев ${acc} назначил советником.`, ['Токаев', nom], 'ru'],
  [`${nom} Токаеву доложил.`, [nom, 'Токаев'], 'ru'],
  [`Токаев вручил награду ${dat}.`, ['Токаев', nom], 'ru'],
  [`Токаев встретился с ${ins}.`, ['Токаев', nom], 'ru'],
]);

describe('a name with a patronymic is one person beside another', () => {
  it.each([...kk, ...ru])('%s', (sentence, names, lang) => {
    const got = findPersons(sentence as string, lang as 'kk' | 'ru').map((p) => p.name);
    expect(got).toEqual(names);
  });
});
