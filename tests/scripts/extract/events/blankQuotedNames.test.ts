/**
 * A party's quoted name is no verb: "Партия «Ак жол» и партия «Ауыл» объединятся" is a merger
 * ahead, though «Ауыл» ends as a past does ("-ыл"); so with «Адал», «Нур Отан», «Акжол».
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';
import { runPipeline } from '../../../../scripts/extract/pipeline';

function mergers(sentence: string) {
  const sources = { 'a.txt': { language: 'ru', published: '2025-03-12' } };
  const data = runPipeline(
    [{ file: 'a.txt', bytes: new TextEncoder().encode(`Политика\n\nПартии\n\n${sentence}`) }],
    { file: 'sources.json', text: JSON.stringify(sources) },
    tagDates,
  ).data;
  return [
    ...data.events.filter((e) => e.type === 'other').map((e) => e.status),
    ...data.unplaced
      .filter((u) => u.kind === 'event' && u.type === 'other')
      .map((u) => (u.reasonCode === 'planned-no-date' ? 'planned' : u.reasonCode)),
  ];
}

const NAMES = ['Ауыл', 'Адал', 'Нур Отан', 'Акжол', 'Аманат'];
const FORMS = NAMES.flatMap((n) => [
  `Партия «Республика» и партия «${n}» объединятся.`,
  `Партия «${n}» и партия «Республика» объединятся.`,
]);

describe('a quoted name is no verb', () => {
  it.each(FORMS)('%s', (text) => {
    expect(mergers(text)).toEqual(['planned']);
  });
});
