/**
 * Filling an event's arguments from its sentence and paragraph with the argument finders.
 * Offsets from the finders are relative to the text they were given; here they become offsets into
 * the whole document so that every evidence span is an exact substring of the source.
 */
import type { Actor, Figure, Organisation, Place, Quote } from '../../../src/model/schema';
import { findFigures, findOrganisations, findPersons, findPlaces, findQuotes } from '../arguments';
import type { Doc, Paragraph, Sentence, Speaker } from '../types';
import { isNarrator, type PeopleIndex } from './peopleIndex';

export interface Arguments {
  actors: Actor[];
  places: Place[];
  organisations: Organisation[];
  figures: Figure[];
  quotes: Quote[];
}

const FIRST_PERSON = /(?<![\p{L}])(?:мен|біз|я|мы)(?![\p{L}])/iu;

export function fillArguments(doc: Doc, s: Sentence, people: PeopleIndex): Arguments {
  const p = doc.paragraphs[s.paragraph]!;
  const span = (base: number, h: { start: number; end: number; text: string }) => ({
    start: base + h.start,
    end: base + h.end,
    text: h.text,
  });
  let places = findPlaces(s.text, doc.lang).map((h) => ({
    id: h.id,
    name: h.name,
    kind: h.kind,
    evidence: span(s.start, h),
  }));
  if (places.length === 0) {
    places = findPlaces(p.text, doc.lang).map((h) => ({
      id: h.id,
      name: h.name,
      kind: h.kind,
      evidence: span(p.start, h),
    }));
  }
  let organisations = findOrganisations(s.text, doc.lang).map((h) => ({
    id: h.id,
    name: h.name,
    evidence: span(s.start, h),
  }));
  if (organisations.length === 0) {
    organisations = findOrganisations(p.text, doc.lang).map((h) => ({
      id: h.id,
      name: h.name,
      evidence: span(p.start, h),
    }));
  }
  const figures = findFigures(p.text, doc.lang).map((h) => ({
    value: h.value,
    unit: h.unit,
    qualifier: h.qualifier,
    evidence: span(p.start, h),
  }));
  const actors: Actor[] = findPersons(s.text, doc.lang).map((h) => ({
    name: h.name,
    ...(h.role ? { role: h.role } : {}),
    evidence: span(s.start, h),
  }));
  const speaker = p.speaker && !isNarrator(p.speaker) ? p.speaker : undefined;
  if (speaker && (FIRST_PERSON.test(s.text) || actors.length === 0))
    actors.push(speakerActor(speaker, s));
  if (actors.length === 0) actors.push(...people.byTitle(s));
  return { actors, places, organisations, figures, quotes: quotesOf(doc, p) };
}

function speakerActor(speaker: Speaker, s: Sentence): Actor {
  return {
    name: speaker.name,
    ...(speaker.role ? { role: speaker.role } : {}),
    evidence: { start: s.start, end: s.end, text: s.text },
  };
}

/** Quotes inside the paragraph, or the whole paragraph when a caption names its speaker. */
export function quotesOf(doc: Doc, p: Paragraph): Quote[] {
  const quotes: Quote[] = findQuotes(p.text, doc.lang).map((h) => ({
    text: h.text,
    ...(h.speaker ? { speaker: h.speaker } : {}),
    ...(h.role ? { role: h.role } : {}),
    evidence: { start: p.start + h.start, end: p.start + h.end, text: h.text },
  }));
  if (quotes.length === 0 && p.speaker && !isNarrator(p.speaker)) {
    const text = p.text.replace(/^[-–—]\s*/u, '');
    const start = p.end - text.length;
    quotes.push({
      text,
      speaker: p.speaker.name,
      ...(p.speaker.role ? { role: p.speaker.role } : {}),
      evidence: { start, end: p.end, text },
    });
  }
  return quotes;
}
