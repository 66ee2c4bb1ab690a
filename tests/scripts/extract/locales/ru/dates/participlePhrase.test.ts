/**
 * A date inside a full past passive participle's phrase is of the participle's act, done: "Режим,
 * введенный 16 марта, будет действовать до 11 мая" written in May 2020 put 16 March in 2021, as
 * the main verb's future was read for it. Generated over participles in each gender, with and
 * without an agent, the phrase after or before its noun, and future main clauses; the date of a
 * main verb after an adjective or an attributive participle keeps the main verb's tense.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

const DCT = '2020-05-04';
const valueOf = (text: string, span: string) =>
  tagDates(text, { lang: 'ru', dct: DCT }).find((t) => t.text === span)?.value;

// [noun, participle agreeing with it, the main clause's future]
const NOUNS: Array<[string, string, string]> = [
  ['Режим', 'введенный', 'будет действовать до конца года'],
  ['Закон', 'принятый', 'вступит в силу в июле'],
  ['Комиссия', 'созданная', 'продолжит работу'],
  ['Поправки', 'одобренные', 'вступят в силу в июле'],
  ['Указ', 'подписанный', 'будет опубликован завтра'],
  ['Решение', 'утвержденное', 'начнет действовать в июле'],
];
const AGENTS = ['', ' президентом', ' парламентом'];

const cases = NOUNS.flatMap(([noun, participle, main]) =>
  AGENTS.flatMap((agent) => [
    `${noun}, ${participle}${agent} 16 марта, ${main}.`,
    `${participle[0]!.toUpperCase()}${participle.slice(1)}${agent} 16 марта ${noun.toLowerCase()} ${main}.`,
  ]),
);

describe('the date of a participle phrase is past', () => {
  it.each(cases)('%s', (text) => {
    expect(valueOf(text, '16 марта')).toBe('2020-03-16');
  });
});

describe("the main verb's date keeps its tense", () => {
  it.each([
    'Государственный визит 16 марта пройдет в Астане.',
    'Открытое заседание пройдет 16 марта.',
    'Новоизбранный президент вступит в должность 16 марта.',
    'Комиссии должны зарегистрировать избранных акимов до 16 марта.',
  ])('%s', (text) => {
    expect(valueOf(text, '16 марта')).toBe('2021-03-16');
  });
});
