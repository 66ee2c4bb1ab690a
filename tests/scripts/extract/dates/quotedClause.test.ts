/**
 * Direct speech is a clause of its own (dates/quotedClause.ts): the verb of saying outside the
 * quotation marks tells when the statement was made, and that it was made, whatever tense the
 * quoted words are in. Sentences written for the test, through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../events/extractSentences';

const PUBLISHED = '2025-03-12';

// What was said, future and past: [language, words].
const SAID: Array<['kk' | 'ru', string]> = [
  ['kk', 'Күзде референдум өткіземіз'],
  ['kk', 'Референдум 20 сәуірде өтеді'],
  ['kk', 'Біз барлық уәделерді орындадық'],
  ['ru', 'Мы проведём референдум осенью'],
  ['ru', 'Референдум пройдёт 20 апреля'],
  ['ru', 'Мы выполнили все обещания'],
];

// How the statement is told around the quote (Q), on its day (D): quote first and last, a dash or
// a comma, a colon.
const LAYOUTS = {
  kk: [
    '«Q», — деп мәлімдеді Қасым-Жомарт Тоқаев D.',
    '«Q», деп мәлімдеді Қасым-Жомарт Тоқаев D.',
    'Қасым-Жомарт Тоқаев D: «Q», — деп мәлімдеді.',
    'Қасым-Жомарт Тоқаев D мәлімдеме жасады: «Q».',
    'Қасым-Жомарт Тоқаев D «Q» деп мәлімдеді.',
  ],
  ru: [
    '«Q», — заявил Президент Касым-Жомарт Токаев D.',
    '«Q», заявил Президент Касым-Жомарт Токаев D.',
    'Президент Касым-Жомарт Токаев D заявил: «Q».',
    'D Президент Касым-Жомарт Токаев выступил с заявлением: «Q».',
  ],
};

// The statement's day, told as a date and as "today".
const DAYS = {
  kk: [
    ['10 наурызда', '2025-03-10'],
    ['бүгін', '2025-03-12'],
  ],
  ru: [
    ['10 марта', '2025-03-10'],
    ['сегодня', '2025-03-12'],
  ],
};

const FORMS = SAID.flatMap(([lang, said]) =>
  LAYOUTS[lang].flatMap((layout) =>
    DAYS[lang].flatMap(([day, edtf]) =>
      ['«»', '""'].map((marks) => {
        const at = day === 'сегодня' && layout.startsWith('D') ? 'Сегодня' : day;
        const sentence = layout.replace('D', at!).replace('«Q»', `${marks[0]}${said}${marks[1]}`);
        return [lang, sentence, edtf!] as const;
      }),
    ),
  ),
);

describe('a statement in direct speech is told in the tense of its verb of saying', () => {
  it.each(FORMS)('%s: %s → a statement made on %s', (lang, sentence, edtf) => {
    const data = extractSentences(
      lang,
      `${lang === 'kk' ? 'Мәлімдеме' : 'Заявление'}\n\n${sentence}`,
      PUBLISHED,
    );
    const statement = data.events.find((e) => e.type === 'statement');
    expect(statement && `${statement.status} ${statement.date.edtf}`).toBe(`reported ${edtf}`);
    expect(statement!.title.en).not.toMatch(/ to /u);
  });
});
