/**
 * `npm run bench:peers [-- --runs=3 --sizes=10,1000,10000 --app-sizes=100000 --dist=dist]`:
 * the app on the path a reader takes (page, `?data=` events file, validation, layout, drawing)
 * beside TimelineJS and vis-timeline on the same generated events, each sample in a fresh
 * headless Chromium at 1280×800, targets alternated, medians of the runs. Builds the app into a
 * temporary folder unless --dist names a built one. A benchmark, not a test: it exits 0 and
 * prints what it saw, with the ratios app/peer.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { toCompactFile } from '../../../src/model/compact/toCompactFile';
import { createPeerEvents, toAppFile, toTimelineJs, toVisTimeline } from './generate';
import { report, type Row } from './report';
import { measureSample, type Sample } from './sample';
import { startBenchServer } from './server';
import { dataPath, PEER_PAGES, TARGETS } from './targets';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    sizes: { type: 'string', default: '10,1000,10000' },
    'app-sizes': { type: 'string', default: '100000' },
    dist: { type: 'string' },
    port: { type: 'string', default: '5313' },
  },
});
const RUNS = Math.max(1, Number(args.runs));
const list = (s: string) => s.split(',').filter(Boolean).map(Number);
const SIZES = list(args.sizes);
const APP_ONLY = list(args['app-sizes']);

async function buildApp(): Promise<{ dir: string; temporary: boolean }> {
  if (args.dist) return { dir: resolve(args.dist), temporary: false };
  const dir = mkdtempSync(join(tmpdir(), 'shejire-peers-'));
  console.log(`building the app into ${dir} …`);
  await build({ logLevel: 'warn', build: { outDir: dir, emptyOutDir: true } });
  return { dir, temporary: true };
}

function dataFiles(): { files: Map<string, Buffer>; dataGzip: Map<string, number> } {
  const files = new Map<string, Buffer>();
  const dataGzip = new Map<string, number>();
  for (const [path, html] of Object.entries(PEER_PAGES)) files.set(path, Buffer.from(html));
  for (const n of [...SIZES, ...APP_ONLY]) {
    const events = createPeerEvents(n);
    const add = (name: (typeof TARGETS)[number]['name'], value: unknown) => {
      const body = Buffer.from(JSON.stringify(value));
      files.set(dataPath(name, n), body);
      dataGzip.set(`${name}:${n}`, gzipSync(body).length);
    };
    // The app reads the compact copy (events.min.json); the rich file's size is shown beside it.
    const rich = toAppFile(events);
    add('Shejire', toCompactFile(rich));
    dataGzip.set(`rich:${n}`, gzipSync(JSON.stringify(rich)).length);
    if (APP_ONLY.includes(n) && !SIZES.includes(n)) continue;
    add('TimelineJS', toTimelineJs(events));
    add('vis-timeline', toVisTimeline(events));
  }
  return { files, dataGzip };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? NaN;
};
const medianOf = (samples: Sample[], f: (s: Sample) => number | undefined) => {
  const xs = samples.map(f).filter((x): x is number => x !== undefined);
  return xs.length ? median(xs) : null;
};

async function main() {
  const app = await buildApp();
  const { files, dataGzip } = dataFiles();
  const server = await startBenchServer(app.dir, files, Number(args.port));
  const rows: Row[] = [];
  try {
    const cases = [
      ...SIZES.map((n) => ({ n, targets: TARGETS })),
      ...APP_ONLY.filter((n) => !SIZES.includes(n)).map((n) => ({
        n,
        targets: TARGETS.filter((t) => t.name === 'Shejire'),
      })),
    ];
    for (const { n, targets } of cases) {
      const samples = new Map(targets.map((t) => [t.name, [] as Sample[]]));
      for (let run = 0; run < RUNS; run++) {
        // Alternate: each run starts with the next target, so no one always goes first.
        for (let k = 0; k < targets.length; k++) {
          const target = targets[(run + k) % targets.length]!;
          const s = await measureSample(server, target, n);
          console.log(
            `  n=${n} run ${run + 1} ${target.name}: first render ${s.firstRenderMs.toFixed(0)} ms, ` +
              `interactive ${s.interactiveMs.toFixed(0)} ms`,
          );
          samples.get(target.name)!.push(s);
        }
      }
      for (const t of targets) {
        const ss = samples.get(t.name)!;
        rows.push({
          target: t.name,
          n,
          jsCssGzip: medianOf(ss, (s) => s.jsCssGzip)!,
          dataGzip: dataGzip.get(`${t.name}:${n}`)!,
          firstRenderMs: medianOf(ss, (s) => s.firstRenderMs)!,
          jsCssInteractiveGzip: medianOf(ss, (s) => s.jsCssInteractiveGzip)!,
          interactiveMs: medianOf(ss, (s) => s.interactiveMs)!,
          zoomP95Ms: medianOf(ss, (s) => s.zoom?.p95Ms),
          zoomCatchUpMs: medianOf(ss, (s) => s.zoom?.catchUpMs),
          zoomSettleMs: medianOf(ss, (s) => s.zoom?.settleMs),
          dragP95Ms: medianOf(ss, (s) => s.drag?.p95Ms),
          dragCatchUpMs: medianOf(ss, (s) => s.drag?.catchUpMs),
          dragSettleMs: medianOf(ss, (s) => s.drag?.settleMs),
          heapBytes: medianOf(ss, (s) => s.heapBytes)!,
          domElements: medianOf(ss, (s) => s.domElements)!,
        });
      }
    }
  } finally {
    await server.close();
    if (app.temporary) rmSync(app.dir, { recursive: true, force: true });
  }
  report(rows, RUNS);
  for (const n of [...SIZES, ...APP_ONLY])
    console.log(
      `app data at ${n} events: events.min.json ${(dataGzip.get(`Shejire:${n}`)! / 1024).toFixed(1)} KiB gzip ` +
        `(the rich events.json: ${(dataGzip.get(`rich:${n}`)! / 1024).toFixed(1)} KiB)`,
    );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
