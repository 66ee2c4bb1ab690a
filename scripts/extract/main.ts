/**
 * `npm run extract [-- --seeds <dir> --out <dir> --check --keep-going]`: the extractor's I/O shell.
 * Reads the articles (io/readInputs.ts), runs the pure pipeline, and writes data/events.json, its
 * compact copy events.min.json, its JSON Schema and report.md as one set (io/writeOutputSet.ts):
 * a failure or a kill leaves the old set, never a mix, and no temporary file. Every failure is a sentence naming the file, not a stack.
 */
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { toCompactFile } from '../../src/model/compact/toCompactFile';
import { EventsFile } from '../../src/model/schema';
import { tagDates } from './dates/tagDates';
import type { ExtractError } from './errors';
import { readInputs } from './io/readInputs';
import { writeOutputSet } from './io/writeOutputSet';
import { applyCuration } from './applyCuration';
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

function fail(message: string, code = 2): never {
  console.error(`extract: ${message}`);
  process.exit(code);
}

/** Fails early (before minutes of extraction) when --out cannot take the output. */
function checkOut(out: string, shownAs: string): void {
  if (existsSync(out) && !statSync(out).isDirectory()) {
    fail(`--out ${shownAs}: is a file, not a folder`);
  }
  let dir = out;
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    fail(`--out ${shownAs}: cannot write to ${dir} (permission denied)`);
  }
}

function main(): void {
  const o = parseArgs(process.argv.slice(2));
  const seeds = resolve(o.seeds);
  const out = resolve(o.out);
  if (!o.check) checkOut(out, o.out);
  const inputs = readInputs(seeds, o.seeds);
  const unreadable = new Set(inputs.failures.map((f) => f.file));

  const total = inputs.files.length;
  const progress = total > 20 && process.stderr.isTTY;
  const onProgress = progress
    ? (done: number, n: number) => done % 10 === 0 && process.stderr.write(`\r${bar(done, n)}`)
    : undefined;
  const run = runPipeline(inputs.files, inputs.sourcesJson, tagDates, onProgress);
  // A teacher's exported collection keeps its review: rejected events stay out, edits stay in.
  const result = inputs.curated ? { ...run, data: applyCuration(run.data, inputs.curated) } : run;
  if (progress) process.stderr.write(`\r${bar(total, total)}\n`);
  // A file that could not be read is named once, not again as "listed in sources.json but missing".
  const failures: ExtractError[] = [
    ...inputs.failures,
    ...result.failures.filter(
      (f) =>
        !(f.file === 'sources.json' && [...unreadable].some((n) => f.reason.includes(`"${n}"`))),
    ),
  ].sort((a, b) => a.file.localeCompare(b.file));
  if (!o.check) for (const a of result.articles) console.log(summaryLine(a));
  const failed = failures.length > 0;
  if (failed) {
    console.error(`\n${failures.length} failure(s):`);
    for (const f of failures) console.error(`  × ${f.file}: ${f.reason}`);
  }

  const json = JSON.stringify(result.data, null, 2) + '\n';
  const schema = JSON.stringify(z.toJSONSchema(EventsFile, { io: 'input' }), null, 2) + '\n';
  const report = renderReport(result.data, result.articles, failures, result.notes);
  // The compact copy the app reads (src/model/compact); the build derives its own from events.json.
  const compact = JSON.stringify(toCompactFile(result.data));
  if (o.check) {
    const read = (name: string) =>
      existsSync(join(out, name)) ? readFileSync(join(out, name), 'utf8') : '';
    const staleCompact =
      existsSync(join(out, 'events.min.json')) && read('events.min.json') !== compact;
    if (
      read('events.json') !== json ||
      read('events.schema.json') !== schema ||
      staleCompact ||
      failed
    ) {
      fail(
        `--check: ${join(o.out, 'events.json')} is not what the current seeds and code produce; run npm run extract`,
        1,
      );
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
  // Signals wait until the set is written (it is written synchronously, so a handler runs after).
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () =>
      process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1)),
    );
  }
  let recovered: string[];
  try {
    recovered = writeOutputSet(out, [
      ['events.json', json],
      ['events.min.json', compact],
      ['events.schema.json', schema],
      ['report.md', report],
    ]);
  } catch (e) {
    fail(`could not write to ${o.out}/ (${errorText(e)}); it keeps its previous content`, 1);
  }
  for (const line of recovered) console.log(`${o.out}/: ${line}`);
  console.log(
    `\n${result.data.events.length} events, ${result.data.unplaced.length} not yet placed → ${join(o.out, 'events.json')}`,
  );
  if (failed) process.exit(1);
}

function errorText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'EACCES' || err.code === 'EPERM') return 'permission denied';
  if (err.code === 'ENOSPC') return 'the disk is full';
  return err.message ?? String(e);
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

try {
  main();
} catch (e) {
  // Whatever was not foreseen is still a sentence; EXTRACT_DEBUG=1 shows the stack.
  if (process.env.EXTRACT_DEBUG) console.error(e);
  fail(e instanceof Error ? e.message : String(e), 1);
}
if (process.env.EXTRACT_STATS) {
  // For the benchmark: peak resident memory of this process, read by scripts/bench/extract.ts.
  process.stderr.write(`peak-rss-kb=${process.resourceUsage().maxRSS}\n`);
}
