/**
 * Names whose surname has no surname's ending (`Нуртлеу`, `Ким`, `Нурлан`), found by a listed
 * given name before it: in the nominative with a past verb agreeing in gender, or declined before
 * a surname that keeps one form; the case of a listed given name (`Никита`, not `Никит`;
 * `Владимира` a man's genitive; `Аида Балаева ушла` a woman); a lone -ин surname and a two-word
 * name before a Kazakh past verb. Names made up or public figures'; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../scripts/extract/arguments/findPersons';
import { declineRuName, type RuCase } from '../../../../scripts/extract/locales/ru/ruNameCase';

// A given name, a surname with no surname's ending, and the gender. (A woman's given name with
// no -а keeps one form, so `Жанар Сейт` in an oblique case tells nothing and is left out.)
const NAMES: Array<[string, string, 'm' | 'f']> = [
  ['Мурат', 'Нуртлеу', 'm'],
  ['Асхат', 'Оразалы', 'm'],
  ['Владимир', 'Коваленко', 'm'],
  ['Мария', 'Ким', 'f'],
  ['Дана', 'Нурлан', 'f'],
  ['Жанар', 'Сейт', 'f'],
];

const VERBS: Array<[string, string]> = [
  ['заявил', 'заявила'],
  ['отметил', 'отметила'],
  ['ушёл', 'ушла'],
];

// A frame for each oblique case the name stands in.
const OBLIQUE: Array<[RuCase, string]> = [
  ['gen', 'По словам {}, работа продолжится.'],
  ['dat', 'Вчера {} вручили награду.'],
  ['ins', 'Министр встретился с {} в Астане.'],
];

const names = (text: string, lang: 'kk' | 'ru' = 'ru') =>
  findPersons(text, lang).map((p) => p.name);

describe('a listed given name before a surname of no surname shape (ru)', () => {
  it.each(
    NAMES.flatMap(([given, surname, g]) =>
      VERBS.map(([m, f]) => [
        `${given} ${surname}`,
        `${given} ${surname} ${g === 'm' ? m : f} о реформе.`,
      ]),
    ),
  )('%s: %s', (name, sentence) => {
    expect(names(sentence)).toEqual([name]);
  });

  it.each(
    NAMES.filter(([given]) => given !== 'Жанар').flatMap(([given, surname, g]) =>
      OBLIQUE.map(([c, frame]) => [
        `${given} ${surname}`,
        c,
        frame.replace('{}', declineRuName([given, surname], g, c).join(' ')),
      ]),
    ),
  )('%s (%s): %s', (name, _case, sentence) => {
    expect(names(sentence)).toEqual([name]);
  });
});

// A frame with no verb for each case.
const CASE_FRAMES: Array<[RuCase, string]> = [
  ['nom', 'Сегодня {} в Астане.'],
  ['gen', 'Визит {} в Астану.'],
  ['dat', 'Телеграмма {} из Астаны.'],
  ['acc', 'Делегация встречала {} в аэропорту.'],
  ['ins', 'Встреча с {} в Астане.'],
  ['pre', 'Речь шла о {} в Астане.'],
];

describe('the case of a listed given name (ru)', () => {
  it.each(
    CASE_FRAMES.flatMap(([c, frame]) =>
      [
        ['Никита', 'Шевченко'],
        ['Владимир', 'Путин'],
      ].map((name) => [
        name.join(' '),
        c,
        frame.replace('{}', declineRuName(name, 'm', c).join(' ')),
      ]),
    ),
  )('%s (%s): %s', (name, _case, sentence) => {
    expect(names(sentence)).toEqual([name]);
  });

  it.each([
    ['Аида Балаева', 'ушла в отставку'],
    ['Аида Балаева', 'вошла в состав совета'],
    ['Динара Касымова', 'была избрана'],
    ['Жанар Ахметова', 'ушла с поста'],
  ])('%s %s: a woman', (name, rest) => {
    expect(names(`${name} ${rest}.`)).toEqual([name]);
  });
});

describe('a Kazakh past verb closes the clause (kk)', () => {
  it.each(
    ['Путин', 'Мишустин', 'Лукашенко'].flatMap((s) =>
      ['Астанаға келді', 'Алматыға барды', 'мәлімдеме жасады', 'сөз сөйледі'].map((v) => [
        s,
        `${s} ${v}.`,
      ]),
    ),
  )('%s: %s', (name, sentence) => {
    expect(names(sentence, 'kk')).toEqual([name]);
  });

  it.each([
    ['Мұрат Нұртлеу', 'Мұрат Нұртлеу Астанаға келді.'],
    ['Жанар Сейт', 'Кеше Жанар Сейт мәлімдеме жасады.'],
  ])('%s: %s', (name, sentence) => {
    expect(names(sentence, 'kk')).toEqual([name]);
  });
});

describe('no person', () => {
  it.each([
    ['ru', 'Мемлекет Басшысы отметил важность реформы.'],
    ['ru', 'Мурат Нуртлеу и работа.'],
    ['ru', 'Мария Ким заявил о реформе.'],
    ['kk', 'Мемлекет Басшысы Астанаға келді.'],
    ['kk', 'Путин. Астанаға келді.'],
    ['kk', 'Магазин Астанада ашылды.'],
    ['kk', 'Путин туралы мақала.'],
  ] as const)('%s: %s', (lang, sentence) => {
    expect(names(sentence, lang)).toEqual([]);
  });
});
