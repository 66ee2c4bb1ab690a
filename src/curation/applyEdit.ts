/**
 * What a teacher's review does to a candidate: their title, date, type or status replace the
 * extractor's, and a date they set is recorded as theirs (method 'edited', certainty 'stated'),
 * so the event panel says "date set by the teacher" instead of citing a date expression.
 */
import type { Event, EventType, Localized, SourceLang, Theme, Unplaced } from '../model/schema';
import { precisionOf } from './precisionOf';

export type Decision = 'pending' | 'accepted' | 'rejected';

export interface Edit {
  title?: string;
  edtf?: string;
  type?: EventType;
  status?: Event['status'];
}

/** Lanes for an event a teacher placed by hand, from its type alone. */
const THEME_OF: Partial<Record<EventType, Theme>> = {
  congress: 'party',
  renaming: 'party',
  coalition: 'party',
  membership: 'party',
  headquarters: 'elections',
  election: 'elections',
  referendum: 'constitution',
  reform: 'reforms',
  law: 'reforms',
  decree: 'reforms',
};

const same = (text: string): Localized => ({ kk: text, ru: text, en: text });

/**
 * The candidate with the teacher's changes; an unchanged field keeps the extractor's value.
 * @example applyEdit(event, { edtf: '2026-03-02' }).date.method // 'edited'
 */
export function applyEdit(event: Event, edit: Edit): Event {
  let out = event;
  const title = edit.title?.trim();
  // A teacher's title is in the one language they wrote it in; it stands for every language.
  if (title && title !== event.title.en) out = { ...out, title: same(title) };
  if (edit.type && edit.type !== event.type) out = { ...out, type: edit.type };
  if (edit.status && edit.status !== event.status) out = { ...out, status: edit.status };
  const edtf = edit.edtf?.trim();
  if (edtf && edtf !== event.date.edtf) {
    const precision = precisionOf(edtf);
    if (precision === null) throw new Error(`not an EDTF date: ${edtf}`);
    out = { ...out, date: { edtf, precision, certainty: 'stated', method: 'edited' } };
  }
  return out;
}

/**
 * An item the extractor could not place, placed by the teacher: their date and title, its evidence
 * as the source's words. Null when the item has no evidence sentence to cite.
 */
export function placeUnplaced(
  u: Unplaced,
  place: { edtf: string; title: string; type?: EventType },
  lang: SourceLang,
): Event | null {
  const precision = precisionOf(place.edtf);
  if (!u.evidence || precision === null || !place.title.trim()) return null;
  const type = place.type ?? u.type ?? 'other';
  const slug = `${place.edtf}-${type}-${u.evidence.start}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-');
  return {
    id: `teacher-${slug}`,
    type,
    themes: [THEME_OF[type] ?? 'society'],
    status: u.reasonCode === 'planned-no-date' ? 'planned' : 'reported',
    date: { edtf: place.edtf.trim(), precision, certainty: 'stated', method: 'edited' },
    title: same(place.title.trim()),
    summary: { text: u.evidence.text, lang },
    actors: [],
    places: [],
    organisations: [],
    figures: [],
    quotes: [],
    sources: [{ sourceId: u.sourceId, evidence: [u.evidence] }],
  };
}
