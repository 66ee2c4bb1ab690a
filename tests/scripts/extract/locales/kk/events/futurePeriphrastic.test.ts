/**
 * Kazakh tells a coming vote or gathering with a participle and a form of "бол" ("20 қарашада
 * өтетін болады", will be held; "өткізілетін болды", it was decided to hold): the date is the
 * event's own, not inside a participle phrase describing some noun after it. And "-ған болатын"
 * ends a sentence as a past perfect ("қабылдаған болатын", had adopted), not a future. Forms
 * generated for the test, through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const dated = (text: string, published = '2022-10-01') =>
  extractSentences('kk', text, published).events.map((e) => `${e.type} ${e.date.edtf} ${e.status}`);

describe('a participle and a form of "бол" tell the event ahead', () => {
  const subjects = [
    ['Президент сайлауы', 'election'],
    ['Референдум', 'referendum'],
    ['Партия съезі', 'congress'],
  ] as const;
  const participles = ['өтетін', 'өткізілетін'];
  const auxiliaries = ['болады', 'болды', 'болмақ'];
  it.each(
    subjects.flatMap(([subject, type]) =>
      participles.flatMap((p) => auxiliaries.map((aux) => [subject, p, aux, type] as const)),
    ),
  )('%s 20 қарашада %s %s', (subject, participle, aux, type) => {
    expect(dated(`${subject} 20 қарашада ${participle} ${aux}.`)).toContain(
      `${type} 2022-11-20 planned`,
    );
  });
});

describe('"-ған болатын" ending a sentence is a past perfect', () => {
  it('a law the Mazhilis had adopted on a day of its own is done, in an undated article too', () => {
    expect(dated('Құжатты Мәжіліс 2022 жылғы 15 қыркүйекте қабылдаған болатын.', '')).toContain(
      'law 2022-09-15 reported',
    );
  });
});

describe("a simple past closing the trigger's clause is its tense", () => {
  it('the campaign began today, whatever the next clause tells of its end', () => {
    const events = extractSentences(
      'kk',
      'Үгіт кезеңі бүгін басталды, ол 14 наурыз күні сағат 00:00-де аяқталады.',
      '2026-02-03',
    ).events.map((e) => `${e.date.edtf} ${e.status}`);
    expect(events).toContain('2026-02-03 reported');
  });
});
