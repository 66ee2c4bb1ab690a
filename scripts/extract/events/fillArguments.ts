/**
 * Filling an event's arguments from its sentence and paragraph with the argument finders.
 * Offsets from the finders are relative to the text they were given; here they become offsets into
 * the whole document so that every evidence span is an exact substring of the source.
 */
import { afterAnothersPost } from '../arguments/rolePhraseBefore';
import type { PersonHit } from '../arguments/types';
import { isMinistry } from '../locales/kk/lexicon/ministries';
import { withoutStatesNamedByPlaces } from './placesAsStates';
import type { Actor, Figure, Organisation, Place, Quote } from '../../../src/model/schema';
import {
  findFigures,
  findOrganisations,
  findPersons,
  findPlaces,
  findQuotes,
  findTriggers,
} from './cached';
import type { Doc, Paragraph, Sentence, Speaker } from '../types';

import { isNarrator, type PeopleIndex } from './peopleIndex';
import { inSpeechTag } from './speechTag';
import { asideClauseTest } from './asideClause';
import type { TriggerHit } from './findTriggers';

export interface Arguments {
  actors: Actor[];
  places: Place[];
  organisations: Organisation[];
  figures: Figure[];
  quotes: Quote[];
}

/** "Ол …" (he/she) opening a sentence refers to the person named just before. */
const PRONOUN = /^(?:ол|он|она)(?![\p{L}])/iu;
const FIRST_PERSON = /(?<![\p{L}])(?:мен|біз|я|мы)(?![\p{L}])/iu;

const PARTY_TYPES = new Set(['congress', 'membership', 'headquarters', 'renaming']);

/**
 * How far (characters, each side) from its sentence an event looks for quotes and a party named
 * earlier. A usual paragraph fits inside, so nothing changes for it; an article on one 5 MB line
 * would otherwise hand every event every quote of the line (memory quadratic in its length).
 */
export const WINDOW = 2_000;

/** The hits of a paragraph-wide scan that lie within WINDOW of the sentence (offsets in `p`). */
function nearSentence<H extends { start: number; end: number }>(
  hits: readonly H[],
  p: Paragraph,
  s: Sentence,
): H[] {
  if (p.end - p.start <= 2 * WINDOW) return [...hits];
  const from = s.start - p.start - WINDOW;
  const to = s.end - p.start + WINDOW;
  const sorted = byStart(hits);
  // Binary search for the first hit starting in the window: events × hits would be quadratic.
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: H[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start <= to; i++) {
    if (sorted[i]!.end <= to) out.push(sorted[i]!);
  }
  return out;
}

const sortedHits = new WeakMap<object, readonly { start: number }[]>();
/** `hits` ordered by start (the same array when it already is), remembered per scan result. */
function byStart<H extends { start: number }>(hits: readonly H[]): readonly H[] {
  let sorted = sortedHits.get(hits) as readonly H[] | undefined;
  if (sorted === undefined) {
    const ordered = hits.every((h, i) => i === 0 || hits[i - 1]!.start <= h.start);
    sorted = ordered ? hits : [...hits].sort((a, b) => a.start - b.start);
    sortedHits.set(hits, sorted);
  }
  return sorted;
}

export function fillArguments(
  doc: Doc,
  s: Sentence,
  people: PeopleIndex,
  hit: TriggerHit,
  modifier: boolean,
): Arguments {
  const { type, generic = false } = hit.trigger;
  const p = doc.paragraphs[s.paragraph]!;
  const span = (base: number, h: { start: number; end: number; text: string }) => ({
    start: base + h.start,
    end: base + h.end,
    text: h.text,
  });
  // Places come from the sentence only: a paragraph often names other places in passing.
  // (Not two named as the states that sign or agree: "Астана и Ташкент подпишут соглашение".)
  const found = withoutStatesNamedByPlaces(
    doc.lang,
    s.text,
    s.start,
    findPlaces(s.text, doc.lang).map((h) => ({
      id: h.id,
      name: h.name,
      kind: h.kind,
      evidence: span(s.start, h),
    })),
  );
  const places = found.some((p) => p.kind !== 'country')
    ? found.filter((p) => p.kind !== 'country')
    : found;
  let organisations = findOrganisations(s.text, doc.lang).map((h) => ({
    id: h.id,
    name: h.name,
    evidence: span(s.start, h),
  }));
  // Party events are about a party even when it is named a sentence earlier.
  // (A ministry the sentence names is not the party: "… свидетельство о регистрации Минюст выдал".)
  if (organisations.every((o) => isMinistry(o.id)) && PARTY_TYPES.has(type)) {
    // The party named last before the sentence is the one it speaks of ("… Nur Otan партиясы
    // AMANAT болып өзгертіліп. … партиялық билеттер табысталуда" → AMANAT).
    organisations = nearSentence(findOrganisations(p.text, doc.lang), p, s)
      .map((h) => ({ id: h.id, name: h.name, evidence: span(p.start, h) }))
      .sort(
        (a, b) => distanceBefore(a.evidence.end, s.start) - distanceBefore(b.evidence.end, s.start),
      )
      .concat(organisations);
  }
  // Figures: the sentence and the ones after it in its paragraph, up to the next event's sentence.
  const scope = figureScope(doc, s);
  const figures = findFigures(scope.text, doc.lang).map((h) => ({
    value: h.value,
    unit: h.unit,
    qualifier: h.qualifier,
    evidence: span(scope.start, h),
  }));
  // (Nor one a relative clause names under the bare head of state's post: "Президент Асқар Мамин
  // басқарған Үкіметтің отставкасын қабылдады" is the President's act.)
  // (And the head of state's object keeps no post of his: "Президент Ермек Маржықпаевты … босатты".)
  // (Nor one a clause describing a noun names, outside the trigger's: events/asideClause.ts.)
  const named = findPersons(s.text, doc.lang);
  const inAside = asideClauseTest(doc.lang, s.text, hit.at, named, hit.actDate !== undefined);
  const persons = named
    .filter((h) => !people.isNarrator(h.name) && !inAside(h))
    .flatMap((h): PersonHit[] => {
      const why = afterAnothersPost(doc.lang, s.text, h.start);
      return why === 'clause' ? [] : why === 'object' ? [withoutRole(h)] : [h];
    });
  // Who only reports it ("По словам …", "…, деді …") is no actor, save of the statement that is
  // his own ("Как заявил Токаев, …": no one else named) or of what he tells of himself ("Мен …
  // ұсынамын, деді Тоқаев").
  const tagged = FIRST_PERSON.test(s.text)
    ? []
    : persons.filter((h) => inSpeechTag(doc.lang, s.text, h));
  const told = type === 'statement' && tagged.length === persons.length ? [] : tagged;
  const actors: Actor[] = persons
    .filter((h) => !told.includes(h))
    .map((h) => ({
      name: people.nominative(h.name),
      ...(h.role ? { role: h.role } : {}),
      evidence: span(s.start, h),
    }));
  const speaker = p.speaker && !isNarrator(p.speaker) ? p.speaker : undefined;
  if (speaker && (FIRST_PERSON.test(s.text) || (actors.length === 0 && told.length === 0)))
    actors.push(speakerActor(speaker, s));
  // (A title's mention is a person named too: one in a clause set aside is no actor either,
  // "Мажилис 3 марта одобрил закон, а 5 марта его подписал президент Касым-Жомарт Токаев".)
  const titled = (a: Actor) =>
    !inAside({ start: a.evidence.start - s.start, end: a.evidence.end - s.start });
  if (actors.length === 0 && told.length === 0) actors.push(...people.byTitle(s).filter(titled));
  if (actors.length === 0 && PRONOUN.test(s.text)) actors.push(...people.before(s));
  // A genitive mention ("съезінің делегаттары") qualifies another event: its places are not its own.
  return {
    actors,
    places: modifier || generic ? [] : places,
    organisations,
    figures,
    quotes: quotesOf(doc, p, s).map((q) =>
      q.speaker ? { ...q, speaker: people.nominative(q.speaker) } : q,
    ),
  };
}

function speakerActor(speaker: Speaker, s: Sentence): Actor {
  return {
    name: speaker.name,
    ...(speaker.role ? { role: speaker.role } : {}),
    evidence: { start: s.start, end: s.end, text: s.text },
  };
}

/**
 * Quotes inside the paragraph (near sentence `s` when given: see WINDOW), or the whole paragraph
 * when a caption names its speaker.
 */
export function quotesOf(doc: Doc, p: Paragraph, s?: Sentence): Quote[] {
  const found = findQuotes(p.text, doc.lang);
  const quotes: Quote[] = (s ? nearSentence(found, p, s) : found).map((h) => ({
    text: h.text,
    ...(h.speaker
      ? { speaker: h.speaker }
      : p.speaker && captioned(p)
        ? { speaker: p.speaker.name }
        : {}),
    ...(h.role
      ? { role: h.role }
      : !h.speaker && p.speaker?.role && captioned(p)
        ? { role: p.speaker.role }
        : {}),
    evidence: { start: p.start + h.start, end: p.start + h.end, text: h.text },
  }));
  if (quotes.length === 0 && p.speaker && captioned(p)) {
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

function captioned(p: Paragraph): boolean {
  return p.speaker !== undefined && !isNarrator(p.speaker);
}

/**
 * How many sentences after an event's own its figures may come from. A bound, so that a paragraph
 * of many dated sentences none of which ends the scope (a chronicle's "19 января …" entries) is not
 * searched to its end once per event: that was quadratic in the paragraph's length.
 */
const FIGURE_SENTENCES = 6;

function figureScope(doc: Doc, s: Sentence): { start: number; text: string } {
  let end = s.end;
  const last = Math.min(doc.sentences.length, s.index + 1 + FIGURE_SENTENCES);
  for (let i = s.index + 1; i < last; i++) {
    const next = doc.sentences[i]!;
    // A dated-happening cue ("кездесулер өтеді") without a date is no event: it does not end the scope.
    const isEvent = findTriggers(next.text, doc.lang).some(
      (h) => !h.trigger.needsDate && !h.standAside,
    );
    if (next.paragraph !== s.paragraph || isEvent) break;
    end = next.end;
  }
  return { start: s.start, text: doc.text.slice(s.start, end) };
}

function distanceBefore(end: number, at: number): number {
  return end <= at ? at - end : Number.MAX_SAFE_INTEGER - end;
}

/** A person found without the post the finder gave him. */
function withoutRole(h: PersonHit): PersonHit {
  const { start, end, text, name } = h;
  return { start, end, text, name };
}
