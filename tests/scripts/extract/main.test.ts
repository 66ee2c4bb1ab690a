/** The CLI: atomic output, every failure named, --keep-going, --check. Runs the real command. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromCompactFile } from '../../../src/model/compact/fromCompactFile';
import { EventsFile } from '../../../src/model/schema';

const extract = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract/main.ts', ...args], {
    encoding: 'utf8',
  });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'shejire-cli-'));
  cpSync('seeds', join(dir, 'seeds'), { recursive: true });
});

// (Each test runs whole extractions in child processes: under a load average of 20 one of them ran
// past the suite's 120 s limit for a hung test, so this file has a larger one. No test waits for time.)
describe('npm run extract', { timeout: 600_000 }, () => {
  it('writes events.json, its JSON Schema and report.md, with one summary line per article', () => {
    const r = extract('--seeds', join(dir, 'seeds'), '--out', join(dir, 'out'));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^003_30d531e861fe5b67\.txt: \d+ events, \d+ dates found, \d+ undated$/mu,
    );
    const data = JSON.parse(readFileSync(join(dir, 'out', 'events.json'), 'utf8'));
    expect(data.events.length).toBeGreaterThan(5);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'events.schema.json'), 'utf8')).type).toBe(
      'object',
    );
    expect(readFileSync(join(dir, 'out', 'report.md'), 'utf8')).toMatch(/^# Extraction report/u);
    const compact = JSON.parse(readFileSync(join(dir, 'out', 'events.min.json'), 'utf8'));
    expect(EventsFile.parse(fromCompactFile(compact)).events.map((e) => e.id)).toEqual(
      data.events.map((e: { id: string }) => e.id),
    );
  });

  it('on bad files exits non-zero, names every file and reason, and leaves the old output intact', () => {
    const before = readFileSync(join(dir, 'out', 'events.json'), 'utf8');
    writeFileSync(join(dir, 'seeds', 'zz-empty.txt'), '');
    writeFileSync(
      join(dir, 'seeds', 'zz-binary.txt'),
      Buffer.from([0, 1, 2, 3, 0, 255, 0, 7, 8, 0]),
    );
    const r = extract('--seeds', join(dir, 'seeds'), '--out', join(dir, 'out'));
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('zz-empty.txt: the file is empty');
    expect(r.stderr).toMatch(/zz-binary\.txt: the file looks binary/u);
    expect(readFileSync(join(dir, 'out', 'events.json'), 'utf8')).toBe(before);
  });

  it('with --keep-going writes what the other files gave and lists the failures in the report', () => {
    const r = extract('--seeds', join(dir, 'seeds'), '--out', join(dir, 'kept'), '--keep-going');
    expect(r.status).not.toBe(0);
    expect(existsSync(join(dir, 'kept', 'events.json'))).toBe(true);
    expect(readFileSync(join(dir, 'kept', 'report.md'), 'utf8')).toMatch(
      /## Rejected\n\n- zz-binary\.txt: the file looks binary/u,
    );
  });

  it('--check passes on the committed data and fails when it is stale', () => {
    expect(extract('--check').status).toBe(0);
    const stale = join(dir, 'stale');
    cpSync('data', stale, { recursive: true });
    writeFileSync(join(stale, 'events.json'), '{}\n');
    const r = extract('--check', '--out', stale);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/is not what the current seeds and code produce/u);
  });
});
