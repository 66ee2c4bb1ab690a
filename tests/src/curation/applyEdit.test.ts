import { describe, expect, it } from 'vitest';
import { applyEdit, placeUnplaced } from '../../../src/curation/applyEdit';
import type { Event, Unplaced } from '../../../src/model/schema';

const event: Event = {
  id: '2026-03-14-meeting-forum',
  type: 'meeting',
  themes: ['society'],
  status: 'reported',
  date: {
    edtf: '2026-03-14',
    precision: 'day',
    certainty: 'resolved',
    method: 'relative-to-publication',
    timex: '2026-03-14',
  },
  title: { kk: 'Форум', ru: 'Форум', en: 'Forum' },
  summary: { text: 'Бүгін форум өтті.', lang: 'kk' },
  actors: [],
  places: [],
  organisations: [],
  figures: [],
  quotes: [],
  sources: [{ sourceId: 'a', evidence: [{ start: 0, end: 17, text: 'Бүгін форум өтті.' }] }],
};

describe('applyEdit(event, edit)', () => {
  it('returns the same event when nothing changed', () => {
    expect(applyEdit(event, {})).toBe(event);
    expect(applyEdit(event, { edtf: '2026-03-14', type: 'meeting', title: 'Forum' })).toBe(event);
  });

  it('records a changed date as set by the teacher, with its precision', () => {
    expect(applyEdit(event, { edtf: '2026-03' }).date).toEqual({
      edtf: '2026-03',
      precision: 'month',
      certainty: 'stated',
      method: 'edited',
    });
  });

  it('puts the teacher’s title in every language and keeps other fields', () => {
    const e = applyEdit(event, { title: ' Жастар форумы ', type: 'session', status: 'planned' });
    expect(e.title).toEqual({ kk: 'Жастар форумы', ru: 'Жастар форумы', en: 'Жастар форумы' });
    expect([e.type, e.status, e.date]).toEqual(['session', 'planned', event.date]);
  });

  it('throws on a date that is not EDTF', () => {
    expect(() => applyEdit(event, { edtf: 'March' })).toThrow(/not an EDTF date/);
  });
});

describe('placeUnplaced(item, place, lang)', () => {
  const item: Unplaced = {
    sourceId: 'a',
    kind: 'event',
    type: 'election',
    reason: 'announced for later; the text gives no date',
    reasonCode: 'planned-no-date',
    evidence: { start: 5, end: 20, text: 'Сайлау өтеді.xx' },
  };

  it('makes a planned event dated by the teacher, citing the item’s evidence', () => {
    const e = placeUnplaced(item, { edtf: '2026-11', title: 'Сайлау' }, 'kk')!;
    expect(e).toMatchObject({
      id: 'teacher-2026-11-election-5',
      type: 'election',
      themes: ['elections'],
      status: 'planned',
      date: { edtf: '2026-11', precision: 'month', method: 'edited' },
      sources: [{ sourceId: 'a', evidence: [item.evidence] }],
    });
  });

  it('returns null without a valid date, a title or evidence', () => {
    expect(placeUnplaced(item, { edtf: 'soon', title: 'x' }, 'kk')).toBeNull();
    expect(placeUnplaced(item, { edtf: '2026', title: ' ' }, 'kk')).toBeNull();
    const { evidence: _, ...bare } = item;
    expect(placeUnplaced(bare, { edtf: '2026', title: 'x' }, 'kk')).toBeNull();
  });
});
