/**
 * Common nouns that open a sentence capitalised before the person whose act, visit or word they
 * name, that person in the genitive ("Визит Урсулы фон дер Ляйен начался", "Встреча Касым-Жомарта
 * Токаева с Владимиром Путиным", "Заявление Макрона"): in any case and number never a given name,
 * so never the first word of the name after them (which "Урсулы", read as a Kazakh patronymic in
 * "-улы", would otherwise make a three-word name).
 */

/** A noun's case and number endings, of every declension (`Визита`, `Встречей`, `Переговорами`). */
const ENDING = '(?:а|я|ы|и|е|у|ю|ой|ей|ою|ею|ом|ем|ам|ям|ами|ями|ах|ях|ов|ев|й)?';

/** Stems of acts a person is the genitive of: a visit, a meeting, talks, a trip, a speech. */
const STEMS = [
  'Визит',
  'Встреч',
  'Переговор',
  'Поездк',
  'Поездок',
  'Приезд',
  'Прилет',
  'Прилёт',
  'Отъезд',
  'Бесед',
  'Разговор',
  'Реч',
  'Слов',
  'Позици',
  'Инициатив',
  'Отставк',
  'Кандидатур',
  'Инаугураци',
  'Делегаци',
  'Администраци',
  'Пресс-служб',
  'Канцеляри',
  'Кортеж',
  'Команд',
  'Окружени',
  'Письм',
  'Звонк',
  'Звонок',
];

/**
 * A deverbal noun in -ние/-тие (`Заявление`, `Выступление`, `Обращение`, `Прибытие`, `Решение`),
 * in any case but the genitive singular and nominative plural in -ия, which given names share
 * (`Евгения`, `Ксения`): never a name.
 */
const DEVERBAL = '\\p{Ll}+(?:ни|ти)(?:е|ю|ем|ями|ям|ях|й)';

export const RU_HEAD_NOUN = new RegExp(
  `^(?:(?:${STEMS.join('|')})${ENDING}|Речь|Интервью|Турне|\\p{Lu}${DEVERBAL})$`,
  'u',
);
