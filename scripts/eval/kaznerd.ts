/**
 * `npm run eval:kaznerd [-- --file PATH] [--errors N] [--cal]`: exact-span scores of the Kazakh
 * date tagger on KazNERD's validation split (../shared/kaznerd), by the judging scorer's rules
 * (scoreKaznerd). The split is cut in two fixed halves by sentence order: the first half is for
 * tuning (errors are listed from it only), the second is held out and only measured.
 * Data: KazNERD, Yeshpanov, Khassanov and Varol (ISSAI, Nazarbayev University), LREC 2022, CC BY 4.0.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tagDates } from '../extract/dates/tagDates';
import { isCalendarAnchored } from './isCalendarAnchored';
import { readIob2 } from './readIob2';
import { scoreKaznerd, type ClassSpan } from './scoreKaznerd';
import type { SpanScore } from './scoreSpans';

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
const t0 = performance.now();
const tagged = sentences.map((s) => tagDates(s.text, { lang: 'kk' }));
const seconds = (performance.now() - t0) / 1000;

const scored = sentences.map((s, n) => ({
  text: s.text,
  gold: s.spans.filter((x) => x.label === 'DATE' || x.label === 'TIME'),
  pred: tagged[n]!.map((t): ClassSpan => ({
    start: t.start,
    end: t.end,
    label: t.type === 'TIME' ? 'TIME' : 'DATE',
  })),
}));
const half = Math.ceil(scored.length / 2);
const tune = scored.slice(0, half);
const heldOut = scored.slice(half);

const row = (name: string, s: SpanScore) =>
  `${name.padEnd(38)} ${s.precision.toFixed(3)} ${s.recall.toFixed(3)} ${s.f1.toFixed(3)}   tp ${s.tp} fp ${s.fp} fn ${s.fn}`;
console.log(`KazNERD ${file} — ${sentences.length} sentences (KazNERD: ISSAI, CC BY 4.0)`);
console.log(`${'half / spans'.padEnd(38)} P     R     F1`);
for (const [name, part] of [
  [`tune (1–${half})`, tune],
  [`held out (${half + 1}–${scored.length})`, heldOut],
  ['whole split', scored],
] as const) {
  const s = scoreKaznerd(part);
  console.log(row(`${name}: calendar DATE`, s.calendar));
  console.log(row(`${name}: all DATE`, s.all));
}
console.log(
  `speed: ${Math.round(sentences.length / seconds)} sentences/s (${seconds.toFixed(2)} s)`,
);

if (showErrors > 0) {
  const misses: string[] = [];
  const extras: string[] = [];
  for (const s of tune) {
    const dates = s.gold.filter((g) => g.label === 'DATE');
    const preds = s.pred.filter((p) => p.label === 'DATE');
    const same = (a: ClassSpan, b: ClassSpan) => a.start === b.start && a.end === b.end;
    for (const g of dates) {
      const span = s.text.slice(g.start, g.end);
      if (!preds.some((p) => same(p, g)) && (!calOnly || isCalendarAnchored(span)))
        misses.push(`${span}\t|| ${s.text}`);
    }
    for (const p of preds) {
      const span = s.text.slice(p.start, p.end);
      if (!dates.some((g) => same(p, g)) && (!calOnly || isCalendarAnchored(span)))
        extras.push(`${span}\t|| ${s.text}`);
    }
  }
  console.log(`\nmissed in the tune half (first ${showErrors} of ${misses.length}):`);
  console.log(misses.slice(0, showErrors).join('\n'));
  console.log(`\nspurious in the tune half (first ${showErrors} of ${extras.length}):`);
  console.log(extras.slice(0, showErrors).join('\n'));
}
