/**
 * A day word inside direct speech dates what the quote tells, not the saying (events/dateEvent.ts
 * pickTimex): "«Вчера мы начали новый этап реформ», — заявил Токаев" was said on the article's
 * day, not yesterday; "«Ертең …», — деп мәлімдеді" is no planned statement of tomorrow. Sentences
 * written for the test, generated over the day words, the verbs of saying and the quote's place.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUBLISHED = '2025-03-12';

// Words said, each opening with a day word: [language, words].
const SAID: Array<['kk' | 'ru', string]> = [
  ['ru', 'Вчера мы начали новый этап реформ'],
  ['ru', 'Завтра мы начнём новый этап реформ'],
  ['ru', 'Позавчера правительство утвердило план реформ'],
  ['ru', 'Послезавтра правительство представит новые предложения'],
  ['kk', 'Кеше біз реформалардың жаңа кезеңін бастадық'],
  ['kk', 'Ертең біз реформалардың жаңа кезеңін бастаймыз'],
  ['kk', 'Бүрсігүні Үкімет жаңа ұсыныстарды таныстырады'],
];

// The saying around the quote (Q): the quote before the verb or after a colon. A verb of saying
// that is a statement by itself ("заявил", "мәлімдеді") gives one undated by the quote, so of the
// article's day; one that is only a statement on a day given ("сказал", "деді") gives none.
const LAYOUTS = {
  ru: [
    ['«Q», — заявил Токаев.', true],
    ['«Q», заявил Президент Касым-Жомарт Токаев.', true],
    ['Токаев заявил: «Q».', true],
    ['Токаев выступил с заявлением: «Q».', true],
    ['«Q», — сказал Токаев.', false],
    ['«Q», — отметил Токаев.', false],
    ['Касым-Жомарт Токаев подчеркнул: «Q».', false],
  ],
  kk: [
    ['«Q», — деп мәлімдеді Тоқаев.', true],
    ['«Q», деп мәлімдеді Мемлекет басшысы.', true],
    ['Тоқаев: «Q», — деп мәлімдеді.', true],
    ['Қасым-Жомарт Тоқаев мәлімдеме жасады: «Q».', true],
    ['«Q», — деді Қасым-Жомарт Тоқаев.', false],
    ['«Q», деп атап өтті Тоқаев.', false],
    ['Тоқаев: «Q», — деп айтты.', false],
  ],
} as const;

const FORMS = SAID.flatMap(([lang, said]) =>
  LAYOUTS[lang].map(([layout, own]) => [lang, layout.replace('Q', said), own] as const),
);

describe('a day word in the quote does not date the saying', () => {
  it.each(FORMS)('%s: %s → a statement only on 12 March (one: %s)', (lang, sentence, own) => {
    const head =
      lang === 'kk' ? 'Мәлімдеме\n\nАстана, 12 наурыз.' : 'Заявление\n\nАстана, 12 марта.';
    const data = extractSentences(lang, `${head} ${sentence}`, PUBLISHED);
    const statements = data.events
      .filter((e) => e.type === 'statement')
      .map((e) => `${e.status} ${e.date.edtf}`);
    expect(statements).toEqual(own ? ['reported 2025-03-12'] : []);
  });

  it('a day word outside the quote still dates the saying', () => {
    const text = 'Заявление\n\nВчера Токаев заявил: «Мы начнём новый этап реформ».';
    const data = extractSentences('ru', text, PUBLISHED);
    expect(data.events.map((e) => `${e.type} ${e.date.edtf}`)).toContain('statement 2025-03-11');
  });

  it('a day word in the quote dates what the quote tells', () => {
    const text =
      'Заявление\n\n«Завтра мы проведём заседание Совета безопасности», — заявил Токаев.';
    const data = extractSentences('ru', text, PUBLISHED);
    expect(data.events.map((e) => `${e.type} ${e.status} ${e.date.edtf}`)).toContain(
      'meeting planned 2025-03-13',
    );
  });
});
