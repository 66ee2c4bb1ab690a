/**
 * The story an article tells carries dates from sentence to sentence: a recall goes on only in the
 * sentence right after it, a paragraph's opening day only in that paragraph, and a sentence's time
 * becomes the story's only when it told one. Sentences built for the test.
 */
import { describe, expect, it } from 'vitest';
import type { EventDate } from '../../../../src/model/schema';
import type { Doc, Sentence } from '../../../../scripts/extract/types';
import {
  enterSentence,
  leaveSentence,
  newStory,
  noteEvent,
} from '../../../../scripts/extract/events/story';

const day = (edtf: string, method: EventDate['method'] = 'explicit'): EventDate => ({
  edtf,
  precision: 'day',
  certainty: 'stated',
  method,
});
const sentence = (index: number, paragraph: number, text: string): Sentence => ({
  index,
  paragraph,
  start: 0,
  end: text.length,
  text,
});
const doc = (sentences: Sentence[]): Doc =>
  ({
    lang: 'ru',
    sentences,
    paragraphs: sentences.map((s) => ({ index: s.paragraph, start: 0, end: 0, text: s.text })),
  }) as unknown as Doc;
const timeOf = (date?: EventDate, yearless?: string, done?: EventDate, longPast?: boolean) => ({
  date,
  yearless,
  done,
  longPast,
  dateTimex: undefined,
  add: () => {},
});
/** A sentence of the first paragraph, for a story that only moves on. */
const ANY = sentence(0, 0, 'Депутаты одобрили закон.');

describe('the story carried between sentences', () => {
  it('a recall goes on in the next sentence of its paragraph only', () => {
    const s = [
      sentence(0, 0, 'Напомним, 5 февраля прошло заседание.'),
      sentence(1, 0, 'На нем выступил премьер.'),
      sentence(2, 0, 'Депутаты одобрили закон.'),
    ];
    const story = newStory();
    expect(enterSentence(story, doc(s), s[0]!, new Map()).continuing).toBeUndefined();
    leaveSentence(story, ANY, timeOf(day('2024-02-05')));
    expect(enterSentence(story, doc(s), s[1]!, new Map()).continuing).toEqual({
      index: 0,
      paragraph: 0,
      date: day('2024-02-05'),
    });
    expect(enterSentence(story, doc(s), s[2]!, new Map()).continuing).toBeUndefined();
  });

  it('a sentence with a recall cue of its own opens another recall', () => {
    const s = [
      sentence(0, 0, 'Напомним, 5 февраля прошло заседание.'),
      sentence(1, 0, 'Ранее партия провела съезд.'),
    ];
    const story = newStory();
    enterSentence(story, doc(s), s[0]!, new Map());
    leaveSentence(story, ANY, timeOf(day('2024-02-05')));
    expect(enterSentence(story, doc(s), s[1]!, new Map()).continuing).toBeUndefined();
  });

  it('a sentence that told no time leaves the story where it was', () => {
    const story = newStory();
    leaveSentence(story, ANY, timeOf(day('2024-02-05')));
    leaveSentence(story, ANY, timeOf());
    expect(story.previous?.edtf).toBe('2024-02-05');
    leaveSentence(story, ANY, timeOf(undefined, 'XXXX-03-01'));
    expect([story.previous, story.previousYearless]).toEqual([undefined, 'XXXX-03-01']);
  });

  it('a gathering dated by its own day dates its paragraph; by publication, nothing', () => {
    const s = sentence(0, 2, 'Сегодня прошло заседание.');
    const told = {
      lang: 'ru' as const,
      s,
      asks: false,
      trigger: 'заседание',
      own: true,
      planned: false,
      lead: false,
      byDecree: false,
      dct: undefined,
    };
    const story = newStory();
    noteEvent(story, { ...told, type: 'session', date: day('2024-02-05', 'publication-date') });
    expect(story.gathering).toBeUndefined();
    noteEvent(story, { ...told, type: 'session', date: day('2024-02-05') });
    expect(story.gathering).toMatchObject({ paragraph: 2, date: day('2024-02-05') });
    noteEvent(story, { ...told, type: 'session', asks: true, date: day('2024-02-06') });
    expect(story.gathering?.paragraph).toBe(3);
    noteEvent(story, { ...told, type: 'law', own: false, date: day('2024-02-07') });
    expect(story.lastAct?.edtf).toBe('2024-02-07');
  });

  it('a paragraph is background while every dated sentence of it lies long past', () => {
    const s = [
      sentence(0, 0, 'Референдум прошел 5 июня 2022 года.'),
      sentence(1, 0, 'Закон принят в сентябре 2022 года.'),
      sentence(2, 0, 'Вчера депутаты одобрили поправки.'),
      sentence(3, 1, 'Партия провела съезд в 2019 году.'),
    ];
    const story = newStory();
    leaveSentence(story, s[0]!, timeOf(day('2022-06-05'), undefined, undefined, true));
    expect(story.paragraphPast).toEqual({ paragraph: 0, past: true, last: s[0] });
    leaveSentence(story, s[1]!, timeOf(day('2022-09'), undefined, undefined, true));
    expect(story.paragraphPast).toEqual({ paragraph: 0, past: true, last: s[1] });
    // (A sentence of the news days ends it for the paragraph.)
    leaveSentence(story, s[2]!, timeOf(day('2025-03-11'), undefined, undefined, false));
    expect(story.paragraphPast?.past).toBe(false);
    // (And the next paragraph starts afresh.)
    leaveSentence(story, s[3]!, timeOf(day('2019'), undefined, undefined, true));
    expect(story.paragraphPast).toEqual({ paragraph: 1, past: true, last: s[3] });
  });
});
