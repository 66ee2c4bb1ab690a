import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverOutputSet, writeOutputSet } from '../../../../scripts/extract/io/writeOutputSet';

const SET: [string, string][] = [
  ['events.json', 'new events'],
  ['events.schema.json', 'new schema'],
  ['report.md', 'new report'],
];

function oldOut(): string {
  const out = mkdtempSync(join(tmpdir(), 'shejire-out-'));
  for (const [name] of SET) writeFileSync(join(out, name), `old ${name}`);
  return out;
}

describe('writeOutputSet(out, files)', () => {
  it('replaces the whole set and leaves nothing else behind', () => {
    const out = oldOut();
    writeOutputSet(out, SET);
    expect(readdirSync(out).sort()).toEqual(['events.json', 'events.schema.json', 'report.md']);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toBe('new report');
  });

  it('changes nothing when one target cannot be replaced (a folder named report.md)', () => {
    const out = oldOut();
    const report = join(out, 'report.md');
    writeFileSync(join(out, 'x'), '');
    // Replace the old report by a folder of that name.
    rmSync(report);
    mkdirSync(report);
    expect(() => writeOutputSet(out, SET)).toThrow(/report\.md is not a regular file/u);
    expect(readFileSync(join(out, 'events.json'), 'utf8')).toBe('old events.json');
    expect(readdirSync(out).sort()).toEqual([
      'events.json',
      'events.schema.json',
      'report.md',
      'x',
    ]);
  });
});

describe('recoverOutputSet(out)', () => {
  it('finishes a set an interrupted run had committed (roll forward)', () => {
    const out = oldOut();
    // Killed after the commit and after moving events.json only.
    const commit = join(out, '.extract-commit');
    mkdirSync(commit);
    writeFileSync(join(commit, 'files.json'), JSON.stringify(SET.map(([n]) => n)));
    writeFileSync(join(out, 'events.json'), 'new events');
    writeFileSync(join(commit, 'events.schema.json'), 'new schema');
    writeFileSync(join(commit, 'report.md'), 'new report');
    expect(recoverOutputSet(out)).toHaveLength(1);
    expect(SET.map(([n]) => readFileSync(join(out, n), 'utf8'))).toEqual(SET.map(([, c]) => c));
    expect(existsSync(commit)).toBe(false);
  });

  it('deletes uncommitted staging folders and old *.tmp-PID files of dead processes (roll back)', () => {
    const out = oldOut();
    const dead = 2 ** 22 + 12345; // above Linux's pid_max default: never a running process
    mkdirSync(join(out, `.extract-staging-${dead}`));
    writeFileSync(join(out, `.extract-staging-${dead}`, 'events.json'), '{"trunc');
    writeFileSync(join(out, `events.json.tmp-${dead}`), '{"trunc');
    writeOutputSet(out, SET);
    expect(readdirSync(out).sort()).toEqual(['events.json', 'events.schema.json', 'report.md']);
  });
});
