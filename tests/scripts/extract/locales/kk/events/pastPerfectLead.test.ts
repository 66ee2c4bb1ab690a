/**
 * A Kazakh past perfect ("кездескен еді", "қабылдаған болатын") tells what had been done before:
 * background, not the day's news, even as the article's first sentence. Generated over verbs and
 * the two auxiliaries; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

describe('a past perfect in the lead', () => {
  const cases = [
    'Президент Италия басшысымен кездескен',
    'Сенат бұл заңды қабылдаған',
    'Мемлекет басшысы Жарлыққа қол қойған',
  ];
  it.each(['еді', 'болатын'])('… %s is recalled, not placed at the publication date', (aux) => {
    for (const clause of cases) {
      const data = extractSentences('kk', `${clause} ${aux}.`, '2020-06-15');
      expect(data.events, clause).toEqual([]);
      expect(
        data.unplaced.map((u) => u.reasonCode),
        clause,
      ).toContain('recalled-no-date');
    }
  });
  it('the simple past in the lead is the news', () => {
    const data = extractSentences('kk', 'Президент Италия басшысымен кездесті.', '2020-06-15');
    expect(data.events.map((e) => `${e.type} ${e.date.edtf}`)).toEqual(['meeting 2020-06-15']);
  });
});
