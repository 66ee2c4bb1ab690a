import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';

const names = (text: string) => findPersons(text, 'ru').map((p) => p.name);

/**
 * Women in the accusative whose given name is in no list: `Лейлу Искакову` reads as a woman's
 * accusative or as a man's dative (`Лейл Искаков`); only the word before the name tells.
 */
const WOMEN = [
  ['Лейлу Искакову', 'Лейла Искакова'],
  ['Аиду Балаеву', 'Аида Балаева'],
  ['Асемгуль Нуртазину', 'Асемгуль Нуртазина'],
  ['Жанар Сулейменову', 'Жанар Сулейменова'],
  ['Камшат Ахметову', 'Камшат Ахметова'],
  ['Медину Абенову', 'Медина Абенова'],
] as const;
/** The same women in the dative. */
const WOMEN_DATIVE = [
  ['Гаухар Искаковой', 'Гаухар Искакова'],
  ['Аиде Балаевой', 'Аида Балаева'],
  ['Жанар Сулейменовой', 'Жанар Сулейменова'],
  ['Медине Абеновой', 'Медина Абенова'],
] as const;
/** Men in the dative and the accusative. */
const MEN_DATIVE = [
  ['Ерлану Кошанову', 'Ерлан Кошанов'],
  ['Маулену Ашимбаеву', 'Маулен Ашимбаев'],
  ['Нурлану Сулейменову', 'Нурлан Сулейменов'],
] as const;
const MEN_ACCUSATIVE = [
  ['Ерлана Кошанова', 'Ерлан Кошанов'],
  ['Маулена Ашимбаева', 'Маулен Ашимбаев'],
  ['Самата Нуртазина', 'Самат Нуртазин'],
] as const;

const OBJECT_OF = [
  'Президент наградил',
  'Глава государства поздравил',
  'Президент назначил',
  'Аким области принял',
  'Партия выдвинула',
  'Решено наградить',
];

describe('a verb taking a person in the accusative reads the name after it so', () => {
  it.each(OBJECT_OF.flatMap((head) => WOMEN.map(([acc, nom]) => [head, acc, nom] as const)))(
    '%s %s names a woman',
    (head, acc, nom) => {
      expect(names(`${head} ${acc} в Акорде.`)).toEqual([nom]);
    },
  );
  it.each(
    OBJECT_OF.flatMap((head) => MEN_ACCUSATIVE.map(([acc, nom]) => [head, acc, nom] as const)),
  )('%s %s names a man', (head, acc, nom) => {
    expect(names(`${head} ${acc} в Акорде.`)).toEqual([nom]);
  });
});

describe('a preposition of the dative reads the name after it so', () => {
  const heads = ['Президент обратился к', 'Вопросы были переданы по', 'Делегация пришла к'];
  it.each(heads.flatMap((head) => MEN_DATIVE.map(([dat, nom]) => [head, dat, nom] as const)))(
    '%s %s names a man',
    (head, dat, nom) => {
      expect(names(`${head} ${dat} в Астане.`)).toEqual([nom]);
    },
  );
  it.each(heads.flatMap((head) => WOMEN_DATIVE.map(([dat, nom]) => [head, dat, nom] as const)))(
    '%s %s names a woman',
    (head, dat, nom) => {
      expect(names(`${head} ${dat} в Астане.`)).toEqual([nom]);
    },
  );
});

describe('a name that is its verb’s subject is no object', () => {
  it.each(WOMEN.map(([, nom]) => nom))('«…», — поздравила %s коллег', (nom) => {
    expect(names(`«Работа идет», — поздравила ${nom} коллег.`)).toEqual([nom]);
  });
});
