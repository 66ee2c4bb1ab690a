import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';

const names = (text: string) => findPersons(text, 'ru').map((p) => p.name);

/** Men written in the accusative, which looks like a woman's nominative (`Токаева`). */
const MEN = [
  ['Касым-Жомарта Токаева', 'Касым-Жомарт Токаев'],
  ['Ерлана Кошанова', 'Ерлан Кошанов'],
  ['Маулена Ашимбаева', 'Маулен Ашимбаев'],
] as const;
/** A woman written in the accusative, which a masculine verb could misread as a man's dative. */
const WOMEN = [['Лауру Ахметову', 'Лаура Ахметова']] as const;

describe('a verb before a name gives its gender only to its subject', () => {
  const feminine = [
    'Партия выдвинула',
    'Фракция поддержала',
    'Центральная избирательная комиссия зарегистрировала',
  ];
  it.each(feminine.flatMap((head) => MEN.map(([acc, nom]) => [head, acc, nom] as const)))(
    '%s %s … names a man',
    (head, acc, nom) => {
      expect(names(`${head} ${acc} кандидатом в Президенты.`)).toEqual([nom]);
    },
  );

  const masculine = ['Президент наградил', 'Мажилис поздравил', 'Глава государства принял'];
  it.each(masculine.flatMap((head) => WOMEN.map(([acc, nom]) => [head, acc, nom] as const)))(
    '%s %s … names a woman',
    (head, acc, nom) => {
      expect(names(`${head} ${acc} в Акорде.`)).toEqual([nom]);
    },
  );

  // Controls: a name after a verb of saying, a reflexive verb or a verb opening its clause is its
  // subject, and the verb's gender is the name's.
  it.each([
    ['Об этом заявила', 'Лаура Ахметова'],
    ['Как сообщила', 'Лейла Искакова'],
    ['На брифинге выступила', 'Лаура Ахметова'],
    ['«Работа продолжается», — отметила', 'Лейла Искакова'],
    ['Перед депутатами отчиталась', 'Лаура Ахметова'],
  ])('%s %s: the woman speaks', (head, nom) => {
    expect(names(`${head} ${nom} журналистам.`)).toEqual([nom]);
  });

  // A subject after its verb, where the word before the verb cannot be the subject (a neuter
  // noun, an adverb): the verb's gender is the name's (a woman not in the names' list stays one).
  const inverted = ['Заявление сделала', 'Решение поддержала', 'Предложение внесла', 'Вчера поддержала', 'Ранее это предложение озвучила']; // prettier-ignore
  const womenNom = ['Аида Балаева', 'Жанар Сулейменова', 'Лаура Ахметова'];
  it.each(inverted.flatMap((head) => womenNom.map((nom) => [head, nom] as const)))(
    '%s %s: the woman is the subject',
    (head, nom) => {
      expect(names(`${head} ${nom} на сессии.`)).toEqual([nom]);
    },
  );
});
