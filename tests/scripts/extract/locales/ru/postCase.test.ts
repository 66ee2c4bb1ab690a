/**
 * A foreign name after a post comes back to the nominative by the case the post shows: "принял
 * президента США Джо Байдена" kept 'Джо Байдена' (titled 'receives Joe Baydena'), "премьер-министру
 * Великобритании Киру Стармеру" gave a woman 'Кира Стармера', "премьер-министра Италии Джорджу
 * Мелони" a man 'Джордж Мелони' (sentences written for the check). A given name out of the lists
 * (`Джо`, `Антониу`) or an indeclinable surname (`Моди`, `Мелони`) shows no case of its own.
 * Generated: names (men and a woman, two and three words) × a post × the six cases.
 */
import { describe, expect, it } from 'vitest';
import { RU_NAME_CASE } from '../../../../../scripts/extract/locales/ru/nameCase';
import {
  postCaseBeforeName,
  ruPostCases,
} from '../../../../../scripts/extract/locales/ru/postCase';
import {
  declineRuName,
  RU_CASES,
  type RuCase,
} from '../../../../../scripts/extract/locales/ru/ruNameCase';

// The post's head in each case, then its complement.
const POSTS: Record<string, Record<RuCase, string>> = {
  president: { nom: 'президент', gen: 'президента', dat: 'президенту', acc: 'президента', ins: 'президентом', pre: 'президенте' },
  premier: { nom: 'премьер-министр', gen: 'премьер-министра', dat: 'премьер-министру', acc: 'премьер-министра', ins: 'премьер-министром', pre: 'премьер-министре' },
  secretary: { nom: 'Генеральный секретарь', gen: 'Генерального секретаря', dat: 'Генеральному секретарю', acc: 'Генерального секретаря', ins: 'Генеральным секретарем', pre: 'Генеральном секретаре' },
}; // prettier-ignore
const NAMES: Array<[string[], 'm' | 'f', keyof typeof POSTS, string]> = [
  [['Джо', 'Байден'], 'm', 'president', 'США'],
  [['Энтони', 'Блинкен'], 'm', 'secretary', 'Госдепартамента'],
  [['Антониу', 'Гутерреш'], 'm', 'secretary', 'ООН'],
  [['Кир', 'Стармер'], 'm', 'premier', 'Великобритании'],
  [['Нарендра', 'Моди'], 'm', 'premier', 'Индии'],
  [['Джорджа', 'Мелони'], 'f', 'premier', 'Италии'],
  [['Ли', 'Цян'], 'm', 'premier', 'КНР'],
  [['Реджеп', 'Тайип', 'Эрдоган'], 'm', 'president', 'Турции'],
];

// (The prepositional of a name in -а is that of one without it, `о Нарендре`, `о Джордже`: only a
// list of names could tell them, so those two are not asked in it.)
const forms = NAMES.flatMap(([name, g, post, complement]) =>
  RU_CASES.filter((c) => c !== 'pre' || !/а$/u.test(name[0]!)).map((c) => {
    const written = declineRuName(name, g, c);
    return [`${POSTS[post]![c]} ${complement} ${written.join(' ')}`, c, written, name] as const;
  }),
);

describe('a foreign name after a post, back in the nominative', () => {
  it.each(forms)('%s (%s)', (text, _c, written, name) => {
    const sentence = `Состоялась встреча. ${text
      .split(' ')
      .slice(0, -written.length - 1)
      .join(' ')} `;
    const word = text.split(' ').at(-written.length - 1)!;
    expect(RU_NAME_CASE.name(written, undefined, { word, sentence })).toEqual(name);
  });
});

describe('the cases of a post before a name', () => {
  it.each([
    ['принял премьер-министра Италии', ['gen', 'acc']],
    ['направил письмо премьер-министру Великобритании', ['dat']],
    ['встретился с Генеральным секретарем ООН', ['ins']],
    ['принял главу МИД', ['acc']],
    ['встреча главы МИД', ['gen']],
    ['о после Китая', undefined],
    ['Президент провел встречу с', undefined],
    ['председателя Мажилиса', ['gen', 'acc']],
    ['передал пост председателя партии', undefined],
    ['сложил полномочия президента', undefined],
    ['исполняющего обязанности министра финансов', undefined],
  ] as const)('%s → %s', (before, want) => {
    expect(postCaseBeforeName(before)).toEqual(want);
  });
  // (The office named, the name not in apposition: a man's dative, not a woman's accusative.)
  it.each([
    [
      ['Касым-Жомарту', 'Токаеву'],
      ['Касым-Жомарт', 'Токаев'],
    ],
    [
      ['Ерлану', 'Карину'],
      ['Ерлан', 'Карин'],
    ],
  ])('пост председателя партии %s', (written, name) => {
    const before = { word: 'партии', sentence: 'Назарбаев передал пост председателя ' };
    expect(RU_NAME_CASE.name(written, undefined, before)).toEqual(name);
    expect(RU_NAME_CASE.surname(written[1]!, false, undefined, before)).toBe(name[1]);
  });
  it('a plural post tells no case', () => expect(ruPostCases('министров')).toBeUndefined());
});
