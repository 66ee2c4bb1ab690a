/**
 * A cue in quoted speech is dated only by the quote (events/dateEvent.ts pickTimex): in "«Мы
 * провели референдум», — заявил Токаев 10 марта" the day is the saying's; the referendum the words
 * recall was held some other day. Sentences written for the test, through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUBLISHED = '2025-03-12';

// What was said, an event done with no day of its own: [language, words, its kind].
const SAID: Array<['kk' | 'ru', string, string]> = [
  ['kk', 'Біз референдум өткіздік', 'referendum'],
  ['kk', 'Сайлау әділ және ашық өтті', 'election'],
  ['ru', 'Мы провели референдум', 'referendum'],
  ['ru', 'Выборы прошли честно и открыто', 'election'],
];

// The saying around the quote (Q): quote first and last, a dash or a comma, a colon.
const LAYOUTS = {
  kk: [
    '«Q», — деді Қасым-Жомарт Тоқаев 10 наурызда.',
    '«Q», деп мәлімдеді Қасым-Жомарт Тоқаев 10 наурызда.',
    'Қасым-Жомарт Тоқаев 10 наурызда: «Q», — деп мәлімдеді.',
    'Қасым-Жомарт Тоқаев 10 наурызда мәлімдеме жасады: «Q».',
  ],
  ru: [
    '«Q», — заявил Президент Касым-Жомарт Токаев 10 марта.',
    '«Q», заявил Президент Касым-Жомарт Токаев 10 марта.',
    'Президент Касым-Жомарт Токаев 10 марта заявил: «Q».',
    '10 марта Президент Касым-Жомарт Токаев выступил с заявлением: «Q».',
  ],
};

const FORMS = SAID.flatMap(([lang, said, kind]) =>
  LAYOUTS[lang].flatMap((layout) =>
    ['«»', '""'].map(
      (marks) => [lang, layout.replace('«Q»', `${marks[0]}${said}${marks[1]}`), kind] as const,
    ),
  ),
);

describe('the day of a saying does not date what its quoted words recall', () => {
  it.each(FORMS)('%s: %s → no %s on 10 March, a statement on it', (lang, sentence, kind) => {
    const head = lang === 'kk' ? 'Мәлімдеме' : 'Заявление';
    const data = extractSentences(lang, `${head}\n\n${sentence}`, PUBLISHED);
    const days = data.events.map((e) => `${e.type} ${e.date.edtf}`);
    expect(days).not.toContain(`${kind} 2025-03-10`);
    expect(days).toContain('statement 2025-03-10');
  });
});
