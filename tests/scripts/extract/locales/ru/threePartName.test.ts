/**
 * A foreign man's name of two given names and a surname, no patronymic, was cut or lost: "Визит
 * Реджепа Тайипа Эрдогана начался" and "Токаев встретился с Реджепом Тайипом Эрдоганом" named no
 * guest (the run was cut to its last two words, "Тайипа Эрдогана", which nothing vouched for).
 * Three words that decline as one man's name in the case the grammar tells are kept whole.
 * Sentences written for the test; case forms written out.
 */
import { describe, expect, it } from 'vitest';
import { framedForms, guests } from './nameFrames';

type Case = 'nom' | 'gen' | 'ins' | 'dat' | 'acc';

const NAMES: Array<[string, Record<Case, string>]> = [
  ['Реджеп Тайип Эрдоган', { nom: 'Реджеп Тайип Эрдоган', gen: 'Реджепа Тайипа Эрдогана', ins: 'Реджепом Тайипом Эрдоганом', dat: 'Реджепу Тайипу Эрдогану', acc: 'Реджепа Тайипа Эрдогана' }], // prettier-ignore
  ['Франк Вальтер Штайнмайер', { nom: 'Франк Вальтер Штайнмайер', gen: 'Франка Вальтера Штайнмайера', ins: 'Франком Вальтером Штайнмайером', dat: 'Франку Вальтеру Штайнмайеру', acc: 'Франка Вальтера Штайнмайера' }], // prettier-ignore
  ['Джордж Уокер Буш', { nom: 'Джордж Уокер Буш', gen: 'Джорджа Уокера Буша', ins: 'Джорджем Уокером Бушем', dat: 'Джорджу Уокеру Бушу', acc: 'Джорджа Уокера Буша' }], // prettier-ignore
];

const FRAMES: Array<[Case, string]> = [
  ['gen', 'Визит {} в Казахстан начался в Астане.'],
  ['gen', 'Переговоры {} с Токаевым прошли в Акорде.'],
  ['ins', 'Токаев встретился с {} в Акорде.'],
  ['ins', 'Глава государства провел телефонный разговор с {}.'],
  ['dat', 'Токаев обратился к {} с посланием.'],
  ['acc', 'Токаев поздравил {} с победой на выборах.'],
  ['nom', '{} прибыл в Астану.'],
  ['nom', 'Об этом заявил {} на пресс-конференции.'],
  ['nom', 'Токаев и {} обсудили сотрудничество.'],
  ['gen', 'Переговоры Токаева и {} прошли в Акорде.'],
];

const FORMS = framedForms(NAMES, FRAMES);

/** Three capitalised nouns in a case: no one. */
const NOT_NAMES = [
  'Средства выделены для Фонда Развития Предпринимательства.',
  'Он рассказал о Дне Независимости Республики.',
  'Токаев поздравил всех с Днем Защитника Отечества.',
  'Визит Главы Правительства Республики начался.',
];

describe('a foreign name of two given names and a surname', () => {
  it.each(FORMS)('%s → %s', (sentence, name) => {
    expect(guests(sentence)).toEqual([name]);
  });
  it.each(NOT_NAMES)('%s → no one', (sentence) => {
    expect(guests(sentence)).toEqual([]);
  });
});
