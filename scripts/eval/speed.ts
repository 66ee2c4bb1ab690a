/**
 * `npx tsx scripts/eval/speed.ts [--cpu]`: one-core tagger throughput on Kazakh text, measured the
 * two ways the targets name: KazNERD validation sentences joined by newlines (repeated, one call
 * per 1 MB chunk) and the seed articles' paragraphs (one call each, as `bench:extract` does).
 * Prints CPU-time rates of the first run (JIT compilation included) and the best of five after it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tagDates } from '../extract/dates/tagDates';
import { readIob2 } from './readIob2';

const kaznerd = resolve(import.meta.dirname, '../../../shared/kaznerd/IOB2_valid.txt');
const joined = readIob2(readFileSync(kaznerd, 'utf8'))
  .map((s) => s.text)
  .join('\n');
const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt'));
const paragraphs = seeds
  .map((f) => readFileSync(join('seeds', f), 'utf8'))
  .join('\n')
  .repeat(40)
  .split('\n')
  .filter((p) => p.trim());

/** CPU milliseconds (user + system) of `run`: steadier than wall time on a shared machine. */
function cpuMs(run: () => void): number {
  const t0 = process.cpuUsage();
  run();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

/** MB/s of `run` over `bytes`: the first (cold) run, and the best of five after it. */
function measure(bytes: number, run: () => void): string {
  const rate = (ms: number) => (bytes / 1e6 / (ms / 1000)).toFixed(2);
  const cold = cpuMs(run);
  let best = Infinity;
  for (let k = 0; k < 5; k++) best = Math.min(best, cpuMs(run));
  return `${rate(best)} MB/s (first run ${rate(cold)} MB/s)`;
}

const opts = { lang: 'kk', dct: '2022-03-01' } as const;
const whole = joined.repeat(3);
const kz = measure(Buffer.byteLength(whole), () => void tagDates(whole, opts));
const seedBytes = paragraphs.reduce((n, p) => n + Buffer.byteLength(p), 0);
const sd = measure(seedBytes, () => {
  for (const p of paragraphs) tagDates(p, opts);
});
console.log(`KazNERD text, one call (${(Buffer.byteLength(whole) / 1e6).toFixed(1)} MB): ${kz}`);
console.log(`seed paragraphs, one call each (${(seedBytes / 1e6).toFixed(1)} MB): ${sd}`);
