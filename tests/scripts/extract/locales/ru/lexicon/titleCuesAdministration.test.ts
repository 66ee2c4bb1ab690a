/**
 * The head of the Presidential Administration by either noun, and no minister inside
 * "Администрации": "Главой Администрации Президента 10 марта назначен Ерлан Садыков" was
 * "Yerlan Sadykov appointed minister". Generated over the head's noun in the instrumental, word
 * orders and dates; sentences written for the test, through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const HEADS = ['главой', 'руководителем'];
const DATES: Array<[string, string]> = [
  ['10 марта', '2025-03-10'],
  ['3 февраля', '2025-02-03'],
  ['28 января', '2025-01-28'],
];
const up = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const CASES = HEADS.flatMap((head) =>
  DATES.flatMap(([date, day]) =>
    [
      `${up(head)} Администрации Президента ${date} назначен Ерлан Садыков.`,
      `Ерлан Садыков ${date} назначен ${head} Администрации Президента.`,
      `${up(date)} ${head} Администрации Президента назначен Ерлан Садыков.`,
      `Указом Главы государства ${date} Ерлан Садыков назначен ${head} Администрации Президента.`,
    ].map((text) => [text, day] as const),
  ),
);

describe('the head of the Presidential Administration appointed', () => {
  it.each(CASES)('%s → %s', (text, day) => {
    const events = extractSentences('ru', text, '2025-03-12').events;
    expect(events.map((e) => `${e.type} ${e.date.edtf} ${e.title.en}`)).toContain(
      `appointment ${day} Yerlan Sadykov appointed Head of the Presidential Administration`,
    );
  });
});
