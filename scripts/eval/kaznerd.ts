/**
 * `npm run eval:kaznerd [-- --file PATH] [--errors N] [--cal]`: exact-span F1 of the Kazakh date tagger
 * on a KazNERD IOB2 split (default: the validation split in ../shared/kaznerd). Data: KazNERD,
 * Yeshpanov, Khassanov and Varol (ISSAI, Nazarbayev University), LREC 2022, CC BY 4.0.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tagDates } from '../extract/dates/tagDates';
import { isCalendarAnchored } from './isCalendarAnchored';
import { readIob2 } from './readIob2';
import { scoreSpans, type SpanScore } from './scoreSpans';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const file = resolve(
  opt('--file') ?? resolve(import.meta.dirname, '../../../shared/kaznerd/IOB2_valid.txt'),
);
const showErrors = Number(opt('--errors') ?? 20);
// `--cal`: list only calendar-anchored errors, the figure with the tighter target.
const calOnly = args.includes('--cal');

const sentences = readIob2(readFileSync(file, 'utf8'));
const gold = { all: [] as string[], cal: [] as string[], both: [] as string[] };
const pred = { all: [] as string[], cal: [] as string[], both: [] as string[] };
const misses: string[] = [];
const extras: string[] = [];
const t0 = performance.now();
const tagged = sentences.map((s) => tagDates(s.text, { lang: 'kk' }));
const seconds = (performance.now() - t0) / 1000;

sentences.forEach((s, n) => {
  for (const x of s.spans)
    if (x.label === 'DATE' || x.label === 'TIME') gold.both.push(`${n}:${x.start}:${x.end}`);
  for (const y of tagged[n]!) pred.both.push(`${n}:${y.start}:${y.end}`);
  const g = s.spans
    .filter((x) => x.label === 'DATE')
    .map((x) => ({ ...x, text: s.text.slice(x.start, x.end) }));
  // Hours and minutes are KazNERD TIME, not DATE.
  const p = tagged[n]!.filter((y) => y.type !== 'TIME' && !y.value.startsWith('PT'));
  for (const x of g) {
    const key = `${n}:${x.start}:${x.end}`;
    gold.all.push(key);
    if (isCalendarAnchored(x.text)) gold.cal.push(key);
    const missed = !p.some((y) => y.start === x.start && y.end === x.end);
    if (missed && (!calOnly || isCalendarAnchored(x.text))) misses.push(`${x.text}\t|| ${s.text}`);
  }
  for (const y of p) {
    const key = `${n}:${y.start}:${y.end}`;
    pred.all.push(key);
    if (isCalendarAnchored(y.text)) pred.cal.push(key);
    const extra = !g.some((x) => y.start === x.start && y.end === x.end);
    if (extra && (!calOnly || isCalendarAnchored(y.text))) extras.push(`${y.text}\t|| ${s.text}`);
  }
});

const row = (name: string, s: SpanScore, n: number) =>
  `${name.padEnd(14)} ${String(n).padStart(5)} ${s.precision.toFixed(3)} ${s.recall.toFixed(3)} ${s.f1.toFixed(3)}   tp ${s.tp} fp ${s.fp} fn ${s.fn}`;
console.log(`KazNERD ${file} — ${sentences.length} sentences (KazNERD: ISSAI, CC BY 4.0)`);
console.log(`${'spans'.padEnd(14)} ${'gold'.padStart(5)} P     R     F1`);
console.log(row('calendar DATE', scoreSpans(gold.cal, pred.cal), gold.cal.length));
console.log(row('all DATE', scoreSpans(gold.all, pred.all), gold.all.length));
console.log(row('DATE+TIME', scoreSpans(gold.both, pred.both), gold.both.length));
console.log(
  `speed: ${Math.round(sentences.length / seconds)} sentences/s (${seconds.toFixed(2)} s)`,
);
if (showErrors > 0) {
  console.log(`\nmissed (first ${showErrors}):\n${misses.slice(0, showErrors).join('\n')}`);
  console.log(`\nspurious (first ${showErrors}):\n${extras.slice(0, showErrors).join('\n')}`);
}
