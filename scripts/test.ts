/**
 * `npm test`: every check, in order, stopping at the first failure, with each stage's time
 * printed so that regressions show. The README names this command and .ci/run calls it.
 * Cheap static checks come first so that a typo fails in seconds, not after the build.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, missingChromiumMessage } from '../tests/e2e/chromium';

interface Stage {
  name: string;
  cmd: string;
  args: string[];
  /** How many tests the stage ran, read from what it wrote; a stage without it is one check. */
  count?: () => { passed: number; failed: number } | undefined;
  /**
   * Runs at the same time as the stage before it (the machine has two cores and these checks are
   * independent); its output is printed whole when it ends, not interleaved.
   */
  beside?: true;
}

const VITEST_JSON = join(tmpdir(), `shejire-vitest-${process.pid}.json`);
const E2E_SUMMARY = join(tmpdir(), `shejire-e2e-${process.pid}.json`);

/** Vitest's JSON report: every test it ran, passed or not. */
function vitestCount() {
  if (!existsSync(VITEST_JSON)) return undefined;
  const r = JSON.parse(readFileSync(VITEST_JSON, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
  };
  return { passed: r.numPassedTests, failed: r.numFailedTests };
}

/** The browser runner writes its own count (tests/e2e/run.ts, SHEJIRE_E2E_SUMMARY). */
function e2eCount() {
  if (!existsSync(E2E_SUMMARY)) return undefined;
  return JSON.parse(readFileSync(E2E_SUMMARY, 'utf8')) as { passed: number; failed: number };
}

/** Local binaries directly: `npx` costs a second per call and prints npm's config warnings. */
const bin = (name: string) => `node_modules/.bin/${name}`;

const stages: Stage[] = [
  { name: 'type check', cmd: bin('tsc'), args: ['--noEmit', '-p', 'tsconfig.json'] },
  { name: 'lint (eslint)', cmd: bin('eslint'), args: ['.'], beside: true },
  { name: 'format (prettier)', cmd: bin('prettier'), args: ['--check', '.'], beside: true },
  {
    name: 'unit and component tests',
    cmd: bin('vitest'),
    args: ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_JSON}`],
    count: vitestCount,
  },
  {
    // The extractor on real articles it was not written for, scored by ../shared/devset's rules.
    name: 'development set floors',
    cmd: 'npm',
    args: ['run', '--silent', 'eval:devset'],
  },
  {
    // The same scorer on the articles written for the tests by writers who had not seen the code.
    name: 'authored set floors',
    cmd: 'npm',
    args: ['run', '--silent', 'eval:devset', '--', '--dir', 'tests/fixtures/authored'],
    beside: true,
  },
  {
    name: 'data is fresh (extract)',
    cmd: 'npm',
    args: ['run', '--silent', 'extract', '--', '--check'],
    beside: true,
  },
  {
    name: 'stories refer to real events',
    cmd: 'npm',
    args: ['run', '--silent', 'stories:check'],
    beside: true,
  },
  { name: 'build', cmd: bin('vite'), args: ['build'] },
  { name: 'size budget', cmd: 'npm', args: ['run', '--silent', 'bench:size'] },
  {
    name: 'end-to-end (Chromium)',
    cmd: 'npm',
    args: ['run', '--silent', 'test:e2e'],
    count: e2eCount,
  },
];

// Fail before spending minutes on the earlier stages if the last one cannot run.
if (!existsSync(chromiumPath())) {
  console.error(missingChromiumMessage());
  console.log('tests: 0 passed, 1 failed');
  process.exit(1);
}

// `npm test -- --from=build` resumes at a stage after fixing it (CI always runs them all).
const from = process.argv.find((a) => a.startsWith('--from='))?.slice('--from='.length);
if (from !== undefined) {
  const at = stages.findIndex((s) => s.name.startsWith(from));
  if (at < 0) {
    console.error(`No stage starts with "${from}": ${stages.map((s) => s.name).join(', ')}`);
    process.exit(2);
  }
  stages.splice(0, at);
}

const times: string[] = [];
const t0 = Date.now();
const total = { passed: 0, failed: 0 };
/** The last line of the output, alone: the plain count CI reads (see .ci/run). */
function printCount(): void {
  rmSync(VITEST_JSON, { force: true });
  rmSync(E2E_SUMMARY, { force: true });
  console.log(`tests: ${total.passed} passed, ${total.failed} failed`);
}
/** Runs one stage; a stage run beside others keeps its output until it ends. */
function run(stage: Stage, alone: boolean): Promise<{ status: number | null; error?: Error }> {
  console.log(`\n▶ ${stage.name}: ${stage.cmd} ${stage.args.join(' ')}`);
  const child = spawn(stage.cmd, stage.args, {
    stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    // A DST-observing, non-UTC zone so that local-time leaks in date maths fail (style.md §8.9).
    env: { ...process.env, TZ: 'America/Los_Angeles', SHEJIRE_E2E_SUMMARY: E2E_SUMMARY },
  });
  const out: Buffer[] = [];
  child.stdout?.on('data', (b: Buffer) => out.push(b));
  child.stderr?.on('data', (b: Buffer) => out.push(b));
  return new Promise((done) => {
    child.on('error', (error) => done({ status: null, error }));
    child.on('close', (status) => {
      if (!alone) process.stdout.write(`\n◀ ${stage.name}:\n${Buffer.concat(out).toString()}`);
      done({ status });
    });
  });
}

/** The stages in steps: a stage and the ones marked to run beside it. */
const steps: Stage[][] = [];
for (const stage of stages) {
  if (stage.beside && steps.length > 0) steps.at(-1)!.push(stage);
  else steps.push([stage]);
}

for (const step of steps) {
  const start = Date.now();
  const results = await Promise.all(
    step.map(async (stage) => ({
      stage,
      ...(await run(stage, step.length === 1)),
      ended: Date.now(),
    })),
  );
  let failedStage: string | undefined;
  for (const { stage, status, error, ended } of results) {
    const counted = stage.count?.();
    if (counted) {
      total.passed += counted.passed;
      total.failed += counted.failed;
    } else if (status === 0) total.passed += 1;
    // A stage that failed without a count of its own (or whose count shows no failure) is one failure.
    if (status !== 0 && (!counted || counted.failed === 0)) total.failed += 1;
    const secs = ((ended - start) / 1000).toFixed(1);
    const mark = step.length > 1 ? ' (beside others)' : '';
    times.push(`${stage.name.padEnd(28)} ${secs.padStart(6)} s${mark}`);
    if (status !== 0) {
      const why = error ? error.message : `exit ${status}`;
      console.error(`\n× ${stage.name} failed (${why}) after ${secs} s`);
      failedStage = stage.name;
    }
  }
  if (failedStage) {
    console.log(times.join('\n'));
    printCount();
    process.exit(1);
  }
}
console.log(
  `\nStage times:\n${times.join('\n')}\ntotal ${((Date.now() - t0) / 1000).toFixed(1)} s`,
);
printCount();
