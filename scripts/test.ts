/**
 * `npm test`: every check, in order, stopping at the first failure, with each stage's time
 * printed so that regressions show. The README names this command and .ci/run calls it.
 * Cheap static checks come first so that a typo fails in seconds, not after the build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath, missingChromiumMessage } from '../tests/e2e/chromium';

interface Stage {
  name: string;
  cmd: string;
  args: string[];
}

/** Local binaries directly: `npx` costs a second per call and prints npm's config warnings. */
const bin = (name: string) => `node_modules/.bin/${name}`;

const stages: Stage[] = [
  { name: 'type check', cmd: bin('tsc'), args: ['--noEmit', '-p', 'tsconfig.json'] },
  { name: 'lint (eslint)', cmd: bin('eslint'), args: ['.'] },
  { name: 'format (prettier)', cmd: bin('prettier'), args: ['--check', '.'] },
  { name: 'unit and component tests', cmd: bin('vitest'), args: ['run'] },
  {
    name: 'data is fresh (extract)',
    cmd: 'npm',
    args: ['run', '--silent', 'extract', '--', '--check'],
  },
  {
    name: 'stories refer to real events',
    cmd: 'npm',
    args: ['run', '--silent', 'stories:check'],
  },
  { name: 'build', cmd: bin('vite'), args: ['build'] },
  { name: 'size budget', cmd: 'npm', args: ['run', '--silent', 'bench:size'] },
  { name: 'end-to-end (Chromium)', cmd: 'npm', args: ['run', '--silent', 'test:e2e'] },
];

// Fail before spending minutes on the earlier stages if the last one cannot run.
if (!existsSync(chromiumPath())) {
  console.error(missingChromiumMessage());
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
for (const stage of stages) {
  const start = Date.now();
  console.log(`\n▶ ${stage.name}: ${stage.cmd} ${stage.args.join(' ')}`);
  const r = spawnSync(stage.cmd, stage.args, {
    stdio: 'inherit',
    // A DST-observing, non-UTC zone so that local-time leaks in date maths fail (style.md §8.9).
    env: { ...process.env, TZ: 'America/Los_Angeles' },
  });
  const secs = ((Date.now() - start) / 1000).toFixed(1);
  times.push(`${stage.name.padEnd(28)} ${secs.padStart(6)} s`);
  if (r.status !== 0) {
    const why = r.error ? r.error.message : `exit ${r.status ?? r.signal}`;
    console.error(`\n✖ ${stage.name} failed (${why}) after ${secs} s`);
    console.log(times.join('\n'));
    process.exit(1);
  }
}
console.log(
  `\nStage times:\n${times.join('\n')}\ntotal ${((Date.now() - t0) / 1000).toFixed(1)} s`,
);
