/**
 * An event one article announced and another reports as done happened: the timeline shows what
 * is known now, whichever article's date was kept and in whichever order the articles come. And a
 * Kazakh vote told by its own past participle ("20 қарашада өткен … сайлаудың қорытындылары")
 * was held, whatever lies ahead for its results. Articles written for the test.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';
import { runPipeline } from '../../../../scripts/extract/pipeline';
import { extractSentences } from './extractSentences';

const ANNOUNCED = 'Сайлау 2022\n\nКезектен тыс президент сайлауы 2022 жылғы 20 қарашада өтеді.\n';
const HELD =
  'Сайлау қорытындысы\n\n2022 жылғы 20 қарашада өткен президент сайлауында Қасым-Жомарт Тоқаев жеңіске жетті.\n';

function statusOfElection(order: Array<[string, string, string]>) {
  const files = order.map(([file, text]) => ({ file, bytes: new TextEncoder().encode(text) }));
  const sources = Object.fromEntries(
    order.map(([file, , published]) => [file, { language: 'kk', published }]),
  );
  const data = runPipeline(
    files,
    { file: 'sources.json', text: JSON.stringify(sources) },
    tagDates,
  ).data;
  const election = data.events.filter((e) => e.type === 'election');
  return election.map((e) => [e.date.edtf, e.status, e.sources.length]);
}

describe('status across articles', () => {
  const announced: [string, string, string] = ['a.txt', ANNOUNCED, '2022-10-06'];
  const held: [string, string, string] = ['b.txt', HELD, '2022-11-21'];
  it('the announced election, reported held by a later article, happened (in either order)', () => {
    expect(statusOfElection([announced, held])).toEqual([['2022-11-20', 'reported', 2]]);
    expect(statusOfElection([held, announced])).toEqual([['2022-11-20', 'reported', 2]]);
  });
  it('announced alone, it stays planned as of its article', () => {
    expect(statusOfElection([announced])).toEqual([['2022-11-20', 'planned', 1]]);
  });
});

describe("a Kazakh vote's own past participle", () => {
  it('tells it held, though its results are ahead, in an undated article', () => {
    const text =
      'Сайлау-2022. 20 қарашада өткен кезектен тыс президенттік сайлаудың қорытындылары Орталық сайлау комиссиясының отырысында белгіленетін болады.';
    const election = extractSentences('kk', text, '').events.find((e) => e.type === 'election');
    expect([election?.date.edtf, election?.status]).toEqual(['2022-11-20', 'reported']);
  });
});
