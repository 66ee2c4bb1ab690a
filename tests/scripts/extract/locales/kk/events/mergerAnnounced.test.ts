/**
 * A Kazakh merger announced ahead ("бірігетінін мәлімдеді", "бірігетіні туралы хабарлады") is a
 * planned merger titled by the parties the sentence names, not only a statement.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';
import { runPipeline } from '../../../../../../scripts/extract/pipeline';

function events(text: string) {
  const sources = { 'a.txt': { language: 'kk', published: '2025-03-12' } };
  return runPipeline(
    [{ file: 'a.txt', bytes: new TextEncoder().encode(text) }],
    { file: 'sources.json', text: JSON.stringify(sources) },
    tagDates,
  ).data.events;
}

const PAIRS = [
  { kk: '«Ақ жол» партиясы мен «Әділет» партиясы', en: 'Ak Zhol and Adilet to merge' },
  { kk: '«Алға» партиясы мен «Ауыл» партиясы', en: 'Alga and Auyl to merge' },
];
const TOLD = ['бірігетінін'];
const SAY = ['мәлімдеді', 'хабарлады', 'айтты', 'жеткізді', 'атап өтті'];

const forms = PAIRS.flatMap((p) =>
  TOLD.flatMap((t) =>
    SAY.map((s) => ({ text: `Саясат\n\nБірігу\n\nБүгін ${p.kk} ${t} ${s}.`, en: p.en })),
  ),
);

describe('a Kazakh merger announced ahead', () => {
  it.each(forms)('$text', ({ text, en }) => {
    const merger = events(text).find((e) => e.title.en === en);
    expect(merger).toMatchObject({ type: 'other', status: 'planned' });
  });

  // (Never told as done the day it is announced.)
  it.each(PAIRS.map((p) => `Саясат\n\nБірігу\n\nБүгін ${p.kk} бірігетінін жариялады.`))(
    '%s',
    (text) => {
      expect(
        events(text).filter((e) => e.status === 'reported' && /merge/u.test(e.title.en)),
      ).toEqual([]);
    },
  );
});
