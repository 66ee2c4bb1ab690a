/**
 * `npm test`: every check, in order, stopping at the first failure, with each stage's time
 * printed so that regressions show. The README names this command and .ci/run calls it.
 */
import { spawnSync } from 'node:child_process';

interface Stage {
  name: string;
  cmd: string;
  args: string[];
}

const stages: Stage[] = [
  { name: 'type check', cmd: 'npx', args: ['tsc', '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'unit and component tests', cmd: 'npx', args: ['vitest', 'run'] },
];

const times: string[] = [];
const t0 = Date.now();
for (const stage of stages) {
  const start = Date.now();
  console.log(`\n▶ ${stage.name}: ${stage.cmd} ${stage.args.join(' ')}`);
  const r = spawnSync(stage.cmd, stage.args, { stdio: 'inherit', env: { ...process.env, TZ: 'America/Los_Angeles' } });
  const secs = ((Date.now() - start) / 1000).toFixed(1);
  times.push(`${stage.name.padEnd(28)} ${secs.padStart(6)} s`);
  if (r.status !== 0) {
    console.error(`\n✖ ${stage.name} failed (exit ${r.status ?? r.signal}) after ${secs} s`);
    console.log(times.join('\n'));
    process.exit(1);
  }
}
console.log(`\nStage times:\n${times.join('\n')}\ntotal ${((Date.now() - t0) / 1000).toFixed(1)} s`);
