import { describe, expect, it } from 'vitest';
import { numericDateTagger } from '../../../../../scripts/extract/locales/common/numericDateTagger';

const days = (text: string) =>
  numericDateTagger(text)
    .filter((m) => m.reading.kind === 'cal' && !('hour' in m.reading.parts))
    .map((m) => [text.slice(m.start, m.end), m.reading.kind === 'cal' ? m.reading.parts : null]);

describe('numericDateTagger: a full date glued to the rubric before it', () => {
  // Pages copied as text run a rubric into its date: "Саясат17.09.2022, 14:05".
  it.each([
    ['Саясат17.09.2022, 14:05', '17.09.2022', { year: 2022, month: 9, day: 17 }],
    ['Политика5.03.2024', '5.03.2024', { year: 2024, month: 3, day: 5 }],
    ['Жаңалықтар12.03.2024ж.', '12.03.2024ж.', { year: 2024, month: 3, day: 12 }],
  ])('%s', (text, span, parts) => {
    expect(days(text)).toEqual([[span, parts]]);
  });

  it('takes no two-digit year glued to a word, nor an impossible day', () => {
    expect(days('Саясат17.09.22')).toEqual([]);
    expect(days('Саясат31.02.2024')).toEqual([]);
  });
});
