/**
 * `npm run extract [-- --seeds <dir> --out <dir> --check --keep-going]`: the extractor's I/O shell.
 * Reads the articles, runs the pure pipeline, and writes data/events.json, its JSON Schema and
 * report.md atomically (temporary files renamed into place), so a failure leaves old output intact.
 */
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { EventsFile } from '../../src/model/schema';
import { tagDates } from './dates/tagDates';
import { runPipeline, type ArticleSummary } from './pipeline';
import { renderReport } from './report';

interface Options {
  seeds: string;
  out: string;
  check: boolean;
  keepGoing: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { seeds: 'seeds', out: 'data', check: false, keepGoing: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--seeds') o.seeds = argv[++i] ?? fail('--seeds needs a folder');
    else if (a === '--out') o.out = argv[++i] ?? fail('--out needs a folder');
    else if (a === '--check') o.check = true;
    else if (a === '--keep-going') o.keepGoing = true;
    else fail(`unknown option ${a} (known: --seeds <dir> --out <dir> --check --keep-going)`);
  }
  return o;
}

function fail(message: string): never {
  console.error(`extract: ${message}`);
  process.exit(2);
}

function main(): void {
  const o = parseArgs(process.argv.slice(2));
  const seeds = resolve(o.seeds);
  if (!existsSync(seeds)) fail(`${o.seeds}: no such folder`);
  const names = readdirSync(seeds)
    .filter((n) => /\.(txt|text|md)$/iu.test(n))
    .sort();
  const files = names.map((file) => ({
    file,
    bytes: new Uint8Array(readFileSync(join(seeds, file))),
  }));
  const sourcesPath = join(seeds, 'sources.json');
  const sourcesJson = existsSync(sourcesPath)
    ? { file: 'sources.json', text: readFileSync(sourcesPath, 'utf8') }
    : undefined;

  const progress = names.length > 20 && process.stderr.isTTY;
  const onProgress = progress
    ? (done: number, total: number) =>
        done % 10 === 0 && process.stderr.write(`\r${bar(done, total)}`)
    : undefined;
  const result = runPipeline(files, sourcesJson, tagDates, onProgress);
  if (progress) process.stderr.write(`\r${bar(names.length, names.length)}\n`);
  if (!o.check) for (const a of result.articles) console.log(summaryLine(a));
  const failed = result.failures.length > 0;
  if (failed) {
    console.error(`\n${result.failures.length} failure(s):`);
    for (const f of result.failures) console.error(`  ✖ ${f.file}: ${f.reason}`);
  }

  const json = JSON.stringify(result.data, null, 2) + '\n';
  const schema = JSON.stringify(z.toJSONSchema(EventsFile, { io: 'input' }), null, 2) + '\n';
  const report = renderReport(result.data, result.articles, result.failures, result.notes);
  const out = resolve(o.out);
  if (o.check) {
    const current = existsSync(join(out, 'events.json'))
      ? readFileSync(join(out, 'events.json'), 'utf8')
      : '';
    const currentSchema = existsSync(join(out, 'events.schema.json'))
      ? readFileSync(join(out, 'events.schema.json'), 'utf8')
      : '';
    if (current !== json || currentSchema !== schema || failed) {
      console.error(
        `extract --check: ${join(o.out, 'events.json')} is not what the current seeds and code produce; run npm run extract`,
      );
      process.exit(1);
    }
    console.log(
      `extract --check: ${o.out}/events.json is up to date (${result.data.events.length} events)`,
    );
    return;
  }
  if (failed && !o.keepGoing) {
    console.error(
      `\nNothing was written; ${o.out}/ keeps its previous content. Use --keep-going to write what the other files gave.`,
    );
    process.exit(1);
  }
  mkdirSync(out, { recursive: true });
  writeAtomically([
    [join(out, 'events.json'), json],
    [join(out, 'events.schema.json'), schema],
    [join(out, 'report.md'), report],
  ]);
  console.log(
    `\n${result.data.events.length} events, ${result.data.unplaced.length} not yet placed → ${join(o.out, 'events.json')}`,
  );
  if (failed) process.exit(1);
}

/** All temporary files are written first, then renamed: a crash never leaves half a file. */
function writeAtomically(files: Array<[string, string]>): void {
  const temps = files.map(([path, content]) => {
    const tmp = `${path}.tmp-${process.pid}`;
    writeFileSync(tmp, content);
    return [tmp, path] as const;
  });
  for (const [tmp, path] of temps) renameSync(tmp, path);
}

function summaryLine(a: ArticleSummary): string {
  if (a.duplicateOf) return `${a.file}: duplicate of ${a.duplicateOf}, merged`;
  return `${a.file}: ${a.events} events, ${a.dates} dates found, ${a.undated} undated`;
}

function bar(done: number, total: number): string {
  const w = 30;
  const n = Math.round((done / total) * w);
  return `[${'#'.repeat(n)}${'.'.repeat(w - n)}] ${done}/${total}`;
}

main();
if (process.env.EXTRACT_STATS) {
  // For the benchmark: peak resident memory of this process, read by scripts/bench/extract.ts.
  process.stderr.write(`peak-rss-kb=${process.resourceUsage().maxRSS}\n`);
}
