/**
 * A decree told only as signed ("Указ подписан сегодня", "Жарлыққа бүгін қол қойылды") says
 * nothing of its act: as the lead under a headline that tells an appointment, a dismissal or a
 * meeting, it no longer takes the headline's event for a bare decree (the headline fold kept the
 * lead's kind). The decree stays an event of its own, as the golds count a decree beside the
 * appointment it made, wherever it stands: in the act's paragraph, the next one, or the lead.
 * Articles written for the test.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';
import { runPipeline } from '../../../../scripts/extract/pipeline';

const events = (lang: 'ru' | 'kk', text: string) => {
  const files = [{ file: 't.txt', bytes: new TextEncoder().encode(`Политика\n\n${text}\n`) }];
  const meta = { 't.txt': { language: lang, published: '2025-03-12' } };
  const sources = { file: 'sources.json', text: JSON.stringify(meta) };
  return runPipeline(files, sources, tagDates).data.events.map((e) => `${e.type} ${e.date.edtf}`);
};

const ACTS = {
  ru: [
    [
      'appointment',
      'Глава государства Касым-Жомарт Токаев назначил Ивана Петрова акимом Костанайской области.',
    ],
    ['appointment', 'Иванов Иван Иванович назначен министром энергетики Республики Казахстан.'],
    ['resignation', 'Мария Петровна Сидорова освобождена от должности министра культуры.'],
  ],
  kk: [
    ['appointment', 'Мемлекет басшысы Иван Петровты Қостанай облысының әкімі етіп тағайындады.'],
  ],
} as const;

const BARE = {
  ru: ['Указ подписан сегодня.', 'Соответствующий указ подписан сегодня.'],
  kk: ['Жарлыққа бүгін қол қойылды.'],
} as const;

// The bare decree after the act: in its paragraph, in the next one, or as the lead under it.
const LAYOUTS = [
  (act: string, bare: string) => `Новости\n\n${act} ${bare}`,
  (act: string, bare: string) => `Новости\n\n${act}\n\n${bare}`,
  (act: string, bare: string) => `${act}\n\n${bare}`,
];

const CASES = (['ru', 'kk'] as const).flatMap((lang) =>
  ACTS[lang].flatMap(([type, act]) =>
    BARE[lang].flatMap((bare) =>
      LAYOUTS.map((layout, n) => [lang, type, n, layout(act, bare)] as const),
    ),
  ),
);

describe('a decree told only as signed, beside the act of its day', () => {
  it.each(CASES)('%s %s (layout %i): %s', (lang, type, _layout, text) => {
    expect(events(lang, text).sort()).toEqual([`${type} 2025-03-12`, 'decree 2025-03-12'].sort());
  });

  it.each(
    LAYOUTS.map(
      (layout, n) =>
        [
          n,
          layout(
            'Президент провел совещание по вопросам энергетики в Акорде.',
            'Указ подписан сегодня.',
          ),
        ] as const,
    ),
  )('beside a meeting, which keeps its kind (layout %i)', (_layout, text) => {
    expect(events('ru', text).sort()).toEqual(['decree 2025-03-12', 'meeting 2025-03-12']);
  });
});
