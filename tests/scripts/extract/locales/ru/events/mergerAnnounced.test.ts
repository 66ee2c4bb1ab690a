/**
 * A Russian merger announced, agreed, decided or intended ("объявили о слиянии", "договорились о
 * слиянии", "решили объединиться", "о намерении объединиться") is a planned merger, not one done
 * the day it was announced; a merger told as done ("объединились") stays done.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';
import { runPipeline } from '../../../../../../scripts/extract/pipeline';

function read(text: string) {
  const sources = { 'a.txt': { language: 'ru', published: '2025-03-12' } };
  return runPipeline(
    [{ file: 'a.txt', bytes: new TextEncoder().encode(text) }],
    { file: 'sources.json', text: JSON.stringify(sources) },
    tagDates,
  ).data;
}

const article = (sentence: string) => `Политика\n\nНовости партий\n\nАстана, 12 марта. ${sentence}`;

/** The subject in the singular (feminine, with its partner after "с") and in the plural. */
const SUBJECTS = [
  { who: 'Партия «Ак жол»', with: ' с партией «Республика»', past: 'а', agreed: 'ась', fut: 'а' },
  { who: 'Партия «Ак жол» и партия «Республика»', with: '', past: 'и', agreed: 'ись', fut: 'ы' },
];

/** What the subject says, agrees, decides or intends, by its past ending and its partner. */
const CUES: ((p: string, agreed: string, fut: string, w: string) => string)[] = [
  (p, _a, _f, w) => `объявил${p} о слиянии${w}`,
  (p, _a, _f, w) => `объявил${p} о предстоящем слиянии${w}`,
  (p, _a, _f, w) => `объявил${p} об объединении${w}`,
  (p, _a, _f, w) => `заявил${p} о слиянии${w}`,
  (p, _a, _f, w) => `объявил${p} о намерении объединиться${w}`,
  (p, _a, _f, w) => `заявил${p} о намерении слиться${w}`,
  (p, _a, _f, w) => `решил${p} объединиться${w}`,
  (p, _a, _f, w) => `решил${p} слиться${w}`,
  (_p, a, _f, w) => `договорил${a} о слиянии${w}`,
  (_p, a, _f, w) => `договорил${a} об объединении${w}`,
  (_p, a, _f, w) => `договорил${a} объединиться${w}`,
  (p, _a, _f, w) => `достиг${p === 'а' ? 'ла' : 'ли'} договорённости о слиянии${w}`,
  (_p, _a, f, w) => `намерен${f} объединиться${w}`,
];

const forms = SUBJECTS.flatMap((s) =>
  CUES.map((cue) => `${s.who} ${cue(s.past, s.agreed, s.fut, s.with)}.`),
);

/** A merger, as an event (by its title) or left unplaced for want of a date of its own. */
function mergers(text: string) {
  const data = read(article(text));
  return [
    ...data.events
      .filter((e) => e.type === 'other' && /merge/iu.test(e.title.en))
      .map((e) => e.status),
    ...data.unplaced
      .filter((u) => u.kind === 'event' && u.type === 'other')
      .map((u) => (u.reasonCode === 'planned-no-date' ? 'planned' : u.reasonCode)),
  ];
}

describe('a Russian merger announced ahead is planned', () => {
  it.each(forms)('%s', (text) => {
    const found = mergers(text);
    expect(found).toContain('planned');
    expect(found).not.toContain('reported');
  });
});

// (A date after the act decided is its own.)
describe('a merger decided for a day is planned on that day', () => {
  it.each(SUBJECTS.map((s) => `${s.who} решил${s.past} объединиться${s.with} 1 апреля.`))(
    '%s',
    (text) => {
      const merger = read(article(text)).events.find((e) => /to merge/u.test(e.title.en));
      expect(merger).toMatchObject({ status: 'planned', date: { edtf: '2025-04-01' } });
    },
  );
});

describe('a merger told as done, and a call to unite, are not', () => {
  it.each(SUBJECTS.map((s) => `${s.who} объединил${s.past === 'а' ? 'ась' : 'ись'}${s.with}.`))(
    '%s',
    (text) => expect(mergers(text)).toEqual(['reported']),
  );
  it.each(['Президент призвал всех казахстанцев объединиться вокруг общих целей.'])('%s', (text) =>
    expect(mergers(text)).toEqual([]),
  );
});
