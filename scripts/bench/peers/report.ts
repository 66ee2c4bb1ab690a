/**
 * bench:peers output: one table of medians per target and size, then the ratios app/peer
 * (below 1: the app is faster or smaller).
 */
export interface Row {
  target: string;
  n: number;
  jsCssGzip: number;
  dataGzip: number;
  firstRenderMs: number;
  jsCssInteractiveGzip: number;
  interactiveMs: number;
  zoomP95Ms: number | null;
  zoomCatchUpMs: number | null;
  zoomSettleMs: number | null;
  dragP95Ms: number | null;
  dragCatchUpMs: number | null;
  dragSettleMs: number | null;
  heapBytes: number;
  domElements: number;
}

const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
const ms = (x: number | null) => (x === null ? '—' : `${x.toFixed(1)} ms`);
const s = (x: number | null) => (x === null ? '—' : `${(x / 1000).toFixed(2)} s`);
const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;

const MEASURES: [string, (r: Row) => number | null][] = [
  ['JS+CSS', (r) => r.jsCssGzip],
  ['data', (r) => r.dataGzip],
  ['first render', (r) => r.firstRenderMs],
  ['interactive', (r) => r.interactiveMs],
  ['zoom p95', (r) => r.zoomP95Ms],
  ['drag p95', (r) => r.dragP95Ms],
  ['drag catch-up', (r) => r.dragCatchUpMs],
  ['heap', (r) => r.heapBytes],
  ['DOM', (r) => r.domElements],
];

export function report(rows: Row[], runs: number): void {
  console.log(`\nbench:peers — medians of ${runs} run(s), each in a fresh Chromium 1280×800`);
  console.table(
    rows.map((r) => ({
      target: r.target,
      events: r.n,
      'JS+CSS gzip': kib(r.jsCssGzip),
      'data gzip': kib(r.dataGzip),
      'first render': s(r.firstRenderMs),
      'JS+CSS interactive': kib(r.jsCssInteractiveGzip),
      interactive: s(r.interactiveMs),
      'zoom p95': ms(r.zoomP95Ms),
      'zoom catch-up': s(r.zoomCatchUpMs),
      'zoom settle': ms(r.zoomSettleMs),
      'drag p95': ms(r.dragP95Ms),
      'drag catch-up': s(r.dragCatchUpMs),
      'drag settle': ms(r.dragSettleMs),
      'heap after GC': mb(r.heapBytes),
      'DOM elements': r.domElements,
    })),
  );
  const ratios = [];
  for (const app of rows.filter((r) => r.target === 'Shejire')) {
    for (const peer of rows.filter((r) => r.target !== 'Shejire' && r.n === app.n)) {
      const row: Record<string, string | number> = { 'app / peer': peer.target, events: app.n };
      for (const [name, f] of MEASURES) {
        const [a, p] = [f(app), f(peer)];
        row[name] = a === null || p === null || p === 0 ? '—' : `${(a / p).toFixed(2)}×`;
      }
      ratios.push(row);
    }
  }
  console.log('ratios app/peer (below 1: the app is smaller or faster)');
  console.table(ratios);
  console.log(
    'first render: the first frame with events (the app: its static first view); ' +
      "interactive: the first frame with the live timeline's events\n" +
      'input: 60 wheel events, or a press and 60 moves, 16 ms apart (0.96 s); ' +
      'settle: the longest frame in the second after catch-up',
  );
}
