/**
 * A name that ends as a past verb does ("Абдалла", "Абдулла", "Михаил", "Павел") tells no past:
 * "Король Иордании Абдалла II посетит Казахстан в апреле", published on 12 March 2025, is a visit
 * planned for April 2025, not one reported in April 2024. Generated over such names (inside the
 * sentence after a post, and opening it before a surname or a regnal number), perfective futures
 * and year-less months; a past verb still dates the month back, and a verb that opens the
 * sentence is still a verb. Articles written for the test.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../scripts/extract/dates/tagDates';
import { runPipeline } from '../../../../../scripts/extract/pipeline';

const run = (text: string) => {
  const files = [
    {
      file: 't.txt',
      bytes: new TextEncoder().encode(`Политика\n\nВизит\n\nАстана, 12 марта. ${text}\n`),
    },
  ];
  const meta = { 't.txt': { language: 'ru', published: '2025-03-12' } };
  const sources = { file: 'sources.json', text: JSON.stringify(meta) };
  return runPipeline(files, sources, tagDates).data;
};
const events = (text: string) => run(text).events.map((e) => `${e.status} ${e.date.edtf}`);

const SUBJECTS = [
  'Король Иордании Абдалла II',
  'Абдалла II',
  'Наследный принц Абдулла',
  'Премьер-министр России Михаил Мишустин',
  'Михаил Мишустин',
  'Министр Павел Кошелев',
];
const FUTURES = [
  'посетит Казахстан',
  'проведёт переговоры в Астане',
  'подпишет соглашение в Астане',
  'прибудет в Астану с визитом',
  'примет участие в саммите в Астане',
];
const MONTHS = [
  ['апреле', '2025-04'],
  ['мае', '2025-05'],
  ['феврале', '2026-02'],
] as const;

const AHEAD = SUBJECTS.flatMap((who) =>
  FUTURES.flatMap((act) =>
    MONTHS.flatMap(([month, edtf]) => [
      [`${who} ${act} в ${month}.`, edtf],
      [`${who} в ${month} ${act}.`, edtf],
    ]),
  ),
);

describe('a name that ends as a past verb does is no past', () => {
  it.each(AHEAD)('%s → planned %s', (sentence, edtf) => {
    const got = events(sentence);
    expect(got.length).toBeGreaterThan(0);
    expect(got).toEqual(got.map(() => `planned ${edtf}`));
  });
  it.each(SUBJECTS.flatMap((who) => FUTURES.map((act) => `${who} ${act}.`)))(
    'no date: %s is planned',
    (sentence) => {
      const data = run(sentence);
      expect(data.events.map((e) => e.status)).not.toContain('reported');
    },
  );
});

describe('a past verb still dates the month back', () => {
  it.each(
    SUBJECTS.flatMap((who) => [
      `${who} посетил Казахстан в апреле.`,
      `${who} провёл переговоры в Астане в апреле.`,
    ]),
  )('%s → reported 2024-04', (sentence) => {
    expect(events(sentence)).toContain('reported 2024-04');
  });
  it.each(['Состоялись переговоры в Астане в апреле.', 'Прошли переговоры в Астане в апреле.'])(
    'a verb opening the sentence: %s',
    (sentence) => {
      expect(events(sentence)).toContain('reported 2024-04');
    },
  );
});
