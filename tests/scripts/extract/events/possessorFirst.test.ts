import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';
import { runPipeline } from '../../../../scripts/extract/pipeline';

const titleOf = (text: string, language: 'kk' | 'ru', type: string) =>
  runPipeline(
    [{ file: 't.txt', bytes: new TextEncoder().encode(text) }],
    {
      file: 'sources.json',
      text: JSON.stringify({ 't.txt': { language, published: '2024-09-10' } }),
    },
    tagDates,
  ).data.events.find((e) => e.type === type)?.title.en;

describe('possessorFirst: whose resignation a noun names', () => {
  // The person in the genitive next to the noun resigned, not the sentence's subject.
  it.each([
    [
      'ru',
      'Председатель Сената Касым-Жомарт Токаев стал президентом после отставки Нурсултана Назарбаева в марте 2019 года.',
    ],
  ] as const)('%s: %s', (lang, text) => {
    expect(titleOf(text, lang, 'resignation')).toBe('Nursultan Nazarbayev resigns');
  });

  it('keeps the subject where no one is named with the noun', () => {
    expect(
      titleOf('В марте 2019 года Нурсултан Назарбаев ушел в отставку.', 'ru', 'resignation'),
    ).toBe('Nursultan Nazarbayev resigns');
  });
});
