/**
 * `npm run bench:lighthouse`: Lighthouse (mobile, its default simulated throttling) on the built
 * app as `npm run serve` serves it, in Debian's Chromium; prints the performance, accessibility and
 * best-practices scores, the load metrics, and every audit that cost points.
 *
 *   npm run build && npm run bench:lighthouse                 the seeds' timeline
 *   npm run bench:lighthouse -- '?data=./data/events.json'    any query (another data file, a view)
 *
 * SHEJIRE_DIST serves another build (as for `npm run serve`); CHROMIUM_PATH picks another browser
 * (Debian's /usr/bin/chromium by default); LIGHTHOUSE_PORT the port of the server it starts (4180).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4180);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
  'interactive',
] as const;

interface Audit {
  title: string;
  details?: unknown;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
}
interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
  runWarnings?: string[];
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  return spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** `npm run serve` on PORT; resolves once it answers. */
async function startServer(): Promise<ChildProcess> {
  const server = run(resolve('node_modules/.bin/tsx'), ['scripts/serve/main.ts'], {
    ...process.env,
    PORT: String(PORT),
    SHEJIRE_HOST: '127.0.0.1',
  });
  for (let i = 0; i < 100; i++) {
    if (server.exitCode !== null) throw new Error('the server (scripts/serve/main.ts) stopped');
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`the server did not answer on port ${PORT}`);
}

async function lighthouse(url: string): Promise<Report> {
  const child = run(resolve('node_modules/.bin/lighthouse'), [
    url,
    `--chrome-path=${CHROMIUM}`,
    '--chrome-flags=--headless --no-sandbox --disable-gpu',
    `--only-categories=${CATEGORIES.join(',')}`,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
  ]);
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const code = await new Promise<number | null>((r) => child.on('close', r));
  if (code !== 0) throw new Error(`lighthouse exited with ${code}:\n${err.slice(-2000)}`);
  return JSON.parse(out) as Report;
}

function print(report: Report): void {
  for (const id of CATEGORIES) {
    const score = report.categories[id]?.score;
    console.log(
      `${id.padEnd(16)} ${score === null || score === undefined ? '?' : Math.round(score * 100)}`,
    );
  }
  for (const id of METRICS) {
    const a = report.audits[id];
    if (a) console.log(`  ${a.title.padEnd(28)} ${a.displayValue ?? ''}`);
  }
  // What cost points: weighted audits below a full score, per category.
  for (const id of CATEGORIES) {
    const lost = (report.categories[id]?.auditRefs ?? [])
      .map((ref) => ({ ref, audit: report.audits[ref.id] }))
      .filter(
        ({ ref, audit }) => ref.weight > 0 && audit && audit.score !== null && audit.score < 1,
      )
      .map(
        ({ audit }) => `${audit!.title}${audit!.displayValue ? ` (${audit!.displayValue})` : ''}`,
      );
    if (lost.length > 0) console.log(`${id} lost points on:\n  - ${lost.join('\n  - ')}`);
  }
  // Which element the Largest Contentful Paint was, to know what to paint sooner.
  const lcp = JSON.stringify(
    Object.entries(report.audits)
      .filter(([id]) => /largest-contentful-paint|lcp/u.test(id))
      .map(([, a]) => a.details ?? {}),
  );
  const label = /"nodeLabel":"((?:[^"\\]|\\.)*)"/u.exec(lcp)?.[1];
  const selector = /"selector":"((?:[^"\\]|\\.)*)"/u.exec(lcp)?.[1];
  if (label || selector)
    console.log(`LCP element: ${selector ?? ''} «${(label ?? '').slice(0, 80)}»`);
  // Lighthouse names only nodes still in the page when the run ends.
  else
    console.log(
      'LCP element: not in the page at the end (the static first view the app replaced?)',
    );
  for (const w of report.runWarnings ?? []) console.log(`warning: ${w}`);
}

async function main(): Promise<number> {
  const dist = resolve(process.env.SHEJIRE_DIST ?? 'dist');
  if (!existsSync(resolve(dist, 'index.html'))) {
    console.error(`bench:lighthouse: ${dist}/index.html not found; run \`npm run build\` first.`);
    return 2;
  }
  if (!existsSync(CHROMIUM)) {
    console.error(`bench:lighthouse: no browser at ${CHROMIUM} (set CHROMIUM_PATH).`);
    return 2;
  }
  const server = await startServer();
  try {
    const url = `http://127.0.0.1:${PORT}/${process.argv[2] ?? ''}`;
    console.log(`Lighthouse ${url} (mobile, simulated throttling)`);
    print(await lighthouse(url));
    return 0;
  } finally {
    server.kill();
  }
}

process.exitCode = await main();
