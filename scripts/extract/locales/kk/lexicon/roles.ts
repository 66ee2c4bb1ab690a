import type { RoleWords } from '../../../arguments/isRoleWord';
import { isInflectionTail } from '../../../arguments/suffixChain';

/**
 * Kazakh role nouns. A role phrase ends in one of these stems (with its possessive ending:
 * төраға|сы, хатшы|сы, мүше|сі), and a capitalised word after it is a person's name.
 */
// prettier-ignore
export const KK_ROLE_STEMS: readonly string[] = [
  'төраға', 'хатшы', 'депутат', 'мүше', 'меңгеруші', 'академик', 'академиг', 'бастығ', 'әртіс', 'министр', 'әкім',
  'басшы', 'мұғалім', 'ардагер', 'директор', 'тілші', 'президент', 'премьер-министр', 'спикер',
  'сарапшы', 'өкіл', 'жетекші', 'орынбасар', 'қызметкер', 'судья', 'елші', 'журналист', 'профессор',
  'ректор', 'бастық', 'кандидат', 'төрайым', 'уәкіл', 'дәрігер', 'ғалым', 'жазушы', 'ақын',
  'маман', 'студент', 'кеңесші', 'көмекші', 'хатшылық', 'председатель',
  // The law's and the audit's officers: "Бас прокурор Берік Асылов", "омбудсмен", "аудиторы".
  'прокурор', 'омбудсмен', 'аудитор',
  // The Leader of the Nation, the First President's title: a post in every case (`Елбасының`).
  'елбасы',
  // A head of government's title abroad (Germany, Austria): `Германия Канцлері`; the short form
  // of a premier's (`Қытай Премьері Ли Цян`); a party's leader (`партия лидері`).
  'канцлер', 'премьер', 'лидер',
  // A monarch's title in the possessive (`Иордания королі`, `Таиланд патшасы`): the bare `король`
  // would make `Корольдігі` (a kingdom) a post.
  'корол', 'патша',
];

/**
 * Role stems that are also men's given names, posts only in lower case: an emir's title (`Катар
 * әмірі Тәмім бен Хамад Әл Тани`, `әмірімен`), not `Әмір Темір` nor a man named Әмір.
 */
export const KK_LOWER_CASE_ROLE_STEMS: readonly string[] = ['әмір'];

/** A Kazakh role noun is its stem and a chain of inflections (`төраға|сы|ның`). */
export const KK_ROLE_WORDS: RoleWords = {
  stems: KK_ROLE_STEMS,
  ending: (tail) => isInflectionTail(tail, 'kk'),
  lowerCase: (word) =>
    KK_LOWER_CASE_ROLE_STEMS.some(
      (s) => word.startsWith(s) && isInflectionTail(word.slice(s.length), 'kk'),
    ),
};

/** Words that end a role phrase when walking left from the role noun: they belong to the clause. */
// prettier-ignore
export const KK_ROLE_STOP_WORDS: ReadonlySet<string> = new Set([
  'деді', 'деп', 'дейді', 'деген', 'және', 'мен', 'пен', 'бен', 'да', 'де', 'та', 'те', 'ал',
  'бірақ', 'онда', 'осында', 'сонда', 'бұл', 'ол', 'осы', 'сол', 'өтті', 'айтты', 'атап',
  // Adverbs of time open the clause, they are no part of the post ("Бүгін Мемлекет басшысы …").
  'бүгін', 'кеше', 'ертең', 'биыл', 'былтыр', 'қазір', 'кейін', 'бұрын',
  // So do connectives ("Сондай-ақ Тоқаев АҚШ Президенті …", "Сонымен қатар …", "Сонымен бірге …").
  'сондай-ақ', 'сонымен', 'қатар', 'бірге', 'алайда', 'дегенмен', 'осылайша', 'мәселен', 'сондықтан',
  'содан', 'соң', 'әрі', 'тағы', 'енді', 'яғни',
  // Postpositions close the phrase before them ("Бұл туралы Мемлекет басшысы … мәлімдеді": about
  // this); the attributive "жөніндегі" is a post's ("… мәселелері жөніндегі комитет төрағасы").
  'туралы', 'жайлы', 'жөнінде', 'үшін',
]);
