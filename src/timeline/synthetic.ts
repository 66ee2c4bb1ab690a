import type { Event, EventType, Precision, Theme } from '../model/schema';

/** Small seeded PRNG (mulberry32): the same seed gives the same events on every machine. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const THEMES: Theme[] = [
  'party',
  'elections',
  'constitution',
  'reforms',
  'society',
  'international',
];
const TYPES: EventType[] = ['congress', 'election', 'referendum', 'reform', 'meeting', 'address'];
export const TITLES_KK = [
  'Партия съезі өтті',
  'Мәжіліс сайлауы',
  'Конституциялық реформа жобасы',
  'Жолдау жарияланды',
  'Халықаралық кездесу',
  'Қоғамдық кеңес отырысы',
  'Жаңа заң қабылданды',
  'Референдум өткізілді',
];
const pad = (n: number) => String(n).padStart(2, '0');

function randomDate(r: () => number, fromYear: number, years: number) {
  const ms = Date.UTC(fromYear, 0, 1) + Math.floor(r() * years * 365.25) * 86_400_000;
  const d = new Date(ms);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

// Mixed precisions, as the extractor produces them: mostly days, some months, years, seasons, spans.
function randomEdtf(r: () => number, fromYear: number, years: number): [string, Precision] {
  const { y, m, day } = randomDate(r, fromYear, years);
  const p = r();
  if (p < 0.6) return [`${y}-${pad(m)}-${pad(day)}`, 'day'];
  if (p < 0.8) return [`${y}-${pad(m)}`, 'month'];
  if (p < 0.85) return [`${y}`, 'year'];
  if (p < 0.88) return [`${y}-${21 + Math.floor(r() * 4)}`, 'season'];
  if (p < 0.92) return [`${y}-${pad(m)}-${pad(day)}/..`, 'interval'];
  const end = new Date(Date.UTC(y, m - 1, day + 1 + Math.floor(r() * 90)));
  const endText = `${end.getUTCFullYear()}-${pad(end.getUTCMonth() + 1)}-${pad(end.getUTCDate())}`;
  return [`${y}-${pad(m)}-${pad(day)}/${endText}`, 'interval'];
}

/**
 * Deterministic synthetic events conforming to Event, for tests, the dev harness and the benchmark.
 * @example createSyntheticEvents(10_000, { seed: 1 })
 */
export function createSyntheticEvents(
  n: number,
  {
    seed = 1,
    fromYear = 1991,
    years = 35,
  }: { seed?: number; fromYear?: number; years?: number } = {},
): Event[] {
  const r = createRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  return Array.from({ length: n }, (_, i): Event => {
    const [edtf, precision] = randomEdtf(r, fromYear, years);
    const kk = `${pick(TITLES_KK)} №${i + 1}`;
    const text = `${kk}.`;
    return {
      id: `synthetic-${i}`,
      type: pick(TYPES),
      themes: [pick(THEMES)],
      status: r() < 0.08 ? 'planned' : 'reported',
      date: { edtf, precision, certainty: 'stated', method: 'explicit' },
      title: { kk, ru: `Событие №${i + 1}`, en: `Event #${i + 1}` },
      summary: { text, lang: 'kk' },
      actors: [],
      places: [],
      organisations: [],
      figures: [],
      quotes: [],
      sources: [{ sourceId: 'synthetic', evidence: [{ start: 0, end: text.length, text }] }],
    };
  });
}
