/**
 * The same synthetic political events for the three timelines of bench:peers: Kazakh titles,
 * 2–3 sentence Kazakh descriptions, 4 categories, dates over 1991–2026 (one in ten a span of up
 * to 90 days). Seeded, so every run and every target sees identical events.
 */
import type { EventsFile, Theme } from '../../../src/model/schema';
import { SCHEMA_VERSION } from '../../../src/model/schema';
import { createRandom, TITLES_KK } from '../../../src/timeline/synthetic';

export interface PeerEvent {
  id: string;
  /** ISO days, UTC. */
  start: string;
  end: string | null;
  category: Theme;
  title: string;
  description: string;
}

const CATEGORIES: Theme[] = ['party', 'elections', 'constitution', 'reforms'];
const SENTENCES = [
  'Іс-шараға облыстардан келген делегаттар мен партия мүшелері қатысты.',
  'Жиында алдағы сайлауға дайындық және партияның бағдарламасы талқыланды.',
  'Мемлекет басшысы саяси жүйені жаңғырту жөніндегі ұсыныстарын жариялады.',
  'Орталық сайлау комиссиясы дауыс беру қорытындысын ресми түрде бекітті.',
  'Депутаттар заң жобасын бірінші оқылымда мақұлдап, үкіметке жолдады.',
  'Кездесуде екі ел арасындағы ынтымақтастықтың жаңа бағыттары айқындалды.',
  'Қоғам өкілдері реформаның өңірлердегі іске асырылу барысын сынға алды.',
  'Құжат ресми жарияланған күннен бастап он күн өткен соң күшіне енеді.',
];

const DAY_MS = 86_400_000;
const FROM_MS = Date.UTC(1991, 0, 1);
const SPAN_DAYS = 35 * 365;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** n events, identical for a given seed. */
export function createPeerEvents(n: number, seed = 11): PeerEvent[] {
  const r = createRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const startMs = FROM_MS + Math.floor(r() * SPAN_DAYS) * DAY_MS;
    const end = r() < 0.1 ? iso(startMs + (1 + Math.floor(r() * 90)) * DAY_MS) : null;
    const sentences = Array.from({ length: 2 + Math.floor(r() * 2) }, () => pick(SENTENCES));
    return {
      id: `peer-${i}`,
      start: iso(startMs),
      end,
      category: pick(CATEGORIES),
      title: `${pick(TITLES_KK)} №${i + 1}`,
      description: sentences.join(' '),
    };
  });
}

/** The app's rich events file, as the extractor would write it (evidence: the first sentence). */
export function toAppFile(events: PeerEvent[]): EventsFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    sources: [
      {
        id: 'synthetic',
        file: 'synthetic.txt',
        title: 'Synthetic events',
        language: 'kk',
        publishedFrom: 'unknown',
        hash: `sha256:${'0'.repeat(64)}`,
        duplicates: [],
        warnings: [],
        stats: { events: events.length, dates: events.length, undated: 0 },
      },
    ],
    events: events.map((e, i) => {
      const first = e.description.slice(0, e.description.indexOf('.') + 1);
      return {
        id: e.id,
        type: 'other',
        themes: [e.category],
        status: 'reported',
        date: {
          edtf: e.end ? `${e.start}/${e.end}` : e.start,
          precision: e.end ? 'interval' : 'day',
          certainty: 'stated',
          method: 'explicit',
        },
        title: { kk: e.title, ru: `Событие №${i + 1}`, en: `Event #${i + 1}` },
        summary: { text: e.description, lang: 'kk' },
        actors: [],
        places: [],
        organisations: [],
        figures: [],
        quotes: [],
        sources: [
          { sourceId: 'synthetic', evidence: [{ start: 0, end: first.length, text: first }] },
        ],
      };
    }),
    unplaced: [],
  };
}

const ymd = (d: string) => ({
  year: Number(d.slice(0, 4)),
  month: Number(d.slice(5, 7)),
  day: Number(d.slice(8, 10)),
});

/** TimelineJS 3 JSON (one slide per event, the category as its group). */
export function toTimelineJs(events: PeerEvent[]) {
  return {
    events: events.map((e) => ({
      unique_id: e.id,
      start_date: ymd(e.start),
      ...(e.end ? { end_date: ymd(e.end) } : {}),
      text: { headline: e.title, text: e.description },
      group: e.category,
    })),
  };
}

/** vis-timeline items and groups (the description as the item's tooltip). */
export function toVisTimeline(events: PeerEvent[]) {
  return {
    groups: CATEGORIES.map((id) => ({ id, content: id })),
    items: events.map((e) => ({
      id: e.id,
      group: e.category,
      content: e.title,
      title: e.description,
      start: e.start,
      ...(e.end ? { end: e.end } : {}),
    })),
  };
}
