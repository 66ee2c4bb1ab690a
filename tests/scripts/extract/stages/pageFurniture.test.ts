import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';
import { runPipeline } from '../../../../scripts/extract/pipeline';
import { clean } from '../../../../scripts/extract/stages/clean';

const run = (text: string, language: 'kk' | 'ru') =>
  runPipeline(
    [{ file: 't.txt', bytes: new TextEncoder().encode(text) }],
    {
      file: 'sources.json',
      text: JSON.stringify({ 't.txt': { language, published: '2024-06-20' } }),
    },
    tagDates,
  ).data;

// (The recall cues read "Читайте также" and "Оқи отырыңыз": locales/<lang>/events/aspect.ts.)
describe("a page's link to another article tells other news", () => {
  // The linked headline's act has no date of its own: this page's day is not its day.
  it.each([
    [
      'ru',
      'Маслихат утвердил бюджет\n\nДепутаты маслихата Павлодарской области сегодня утвердили бюджет региона на 2025 год.\n\nЧитайте также: Токаев подписал закон о СМИ\n',
      'law',
    ],
    [
      'kk',
      'Мәслихат бюджетті бекітті\n\nПавлодар облыстық мәслихатының депутаттары бүгін өңір бюджетін бекітті.\n\nОқи отырыңыз: Тоқаев бұқаралық ақпарат құралдары туралы заңға қол қойды\n',
      'law',
    ],
  ] as const)('%s', (lang, text, type) => {
    const data = run(text, lang);
    expect(data.events.filter((e) => e.type === type)).toEqual([]);
    expect(data.unplaced.map((u) => `${u.type} ${u.reasonCode}`)).toContain(
      `${type} recalled-no-date`,
    );
  });

  it('still dates a linked headline by its own date', () => {
    const data = run(
      'Маслихат утвердил бюджет\n\nДепутаты маслихата сегодня утвердили бюджет региона.\n\nЧитайте также: Выборы в Мажилис прошли 19 марта 2023 года\n',
      'ru',
    );
    expect(data.events.map((e) => `${e.type} ${e.date.edtf}`)).toContain('election 2023-03-19');
  });
});

describe("clean: a list of links to the page's other stories is debris", () => {
  it.each([
    ['Главные новости', 'Сенат одобрил закон о медиации', 'Токаев провел телефонный разговор'],
    ['Басты жаңалықтар:', 'Сенат заңды мақұлдады', 'Тоқаев телефон арқылы сөйлесті'],
    ['Читайте также', 'Мажилис принял закон о СМИ', 'Токаев подписал указ'],
  ])('%s and its headlines, up to the blank line', (heading, a, b) => {
    const lines = clean(['Текст статьи.', '', heading, a, b, '', 'Поделиться'].join('\n'));
    expect(lines.map((l) => l.kind)).toEqual(['body', 'blank', 'debris', 'debris', 'debris', 'blank', 'debris']); // prettier-ignore
  });

  it("keeps a heading of the article's own points, and a list with no heading", () => {
    const lines = clean(['Главные тезисы:', 'Парламент станет однопалатным', '', 'Сенат одобрил закон'].join('\n')); // prettier-ignore
    expect(lines.map((l) => l.kind)).toEqual(['body', 'body', 'blank', 'body']);
  });

  it('the listed headlines make no events of this page', () => {
    const text =
      'Маслихат утвердил бюджет\n\nДепутаты маслихата сегодня утвердили бюджет региона.\n\nГлавные новости\nТокаев провел телефонный разговор с президентом Монголии\n';
    expect(run(text, 'ru').events.map((e) => e.type)).not.toContain('meeting');
  });
});

describe('clean: page furniture is debris', () => {
  it.each([
    'Фото: primeminister.kz',
    'Фото автора',
    'Сурет: Ақорда',
    '#Үкімет #жылу_маусымы #Бектенов',
    'Теги: выборы, Мажилис',
  ])('%s', (line) => expect(clean(line)[0]!.kind).toBe('debris'));

  it('keeps a sentence that starts like a credit', () => {
    expect(clean('Фотограф Иванов снял митинг.')[0]!.kind).toBe('body');
    expect(clean('Фотосурет көрмесі ашылды.')[0]!.kind).toBe('body');
  });
});
