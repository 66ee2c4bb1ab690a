/**
 * The CLI under hostile or unlucky input: every problem is a sentence naming the file (never a
 * stack trace or a hang), --keep-going goes on, and the output set is written whole or not at all.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ARTICLE = 'tests/fixtures/articles/ru-congress.txt';

const extract = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract/main.ts', ...args], {
    encoding: 'utf8',
    // A FIFO opened for reading would block forever: the test would time out, not pass. (A limit
    // only: one extraction takes seconds, but far more on a busy 2-core machine.)
    timeout: 100_000,
  });

function seedsWith(setup: (dir: string) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'shejire-bad-'));
  const seeds = join(root, 'seeds');
  mkdirSync(seeds);
  copyFileSync(ARTICLE, join(seeds, 'good.txt'));
  setup(seeds);
  return root;
}

describe('npm run extract on odd files', () => {
  it('names each unreadable file in words and --keep-going writes the rest', () => {
    const root = seedsWith((s) => {
      mkdirSync(join(s, 'folder.txt'));
      symlinkSync(join(s, 'missing'), join(s, 'dangling.txt'));
      symlinkSync('loop.txt', join(s, 'loop.txt'));
      spawnSync('mkfifo', [join(s, 'pipe.txt')]);
      writeFileSync(join(s, '.txt'), 'Текст без имени.');
      copyFileSync(ARTICLE, join(s, 'good.md'));
    });
    const r = extract('--seeds', join(root, 'seeds'), '--out', join(root, 'out'), '--keep-going');
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(/\n\s+at /u); // no stack trace
    for (const line of [
      'folder.txt: is a folder, not a file',
      'dangling.txt: is a symbolic link to something that does not exist',
      'loop.txt: is a symbolic link that loops back on itself',
      'pipe.txt: is not a regular file (a named pipe)',
      '.txt: the name has nothing before its extension',
      'good.txt: has the same name as good.md apart from the extension',
    ]) {
      expect(r.stderr).toContain(line);
    }
    // Only the real clash is reported: no evidence errors from two files sharing one id.
    expect(r.stderr).toMatch(/^6 failure\(s\):$/mu);
    const report = readFileSync(join(root, 'out', 'report.md'), 'utf8');
    expect(report).toContain('- loop.txt: is a symbolic link that loops back on itself');
    expect(JSON.parse(readFileSync(join(root, 'out', 'events.json'), 'utf8')).sources).toHaveLength(
      1,
    );
  });

  it('says so when --out or --seeds is a file', () => {
    const root = seedsWith(() => undefined);
    writeFileSync(join(root, 'plain'), '');
    const out = extract('--seeds', join(root, 'seeds'), '--out', join(root, 'plain'));
    expect(out.status).toBe(2);
    expect(out.stderr.trim()).toBe(
      `extract: --out ${join(root, 'plain')}: is a file, not a folder`,
    );
    const seeds = extract('--seeds', join(root, 'plain'), '--out', join(root, 'out'));
    expect(seeds.stderr.trim()).toBe(
      `extract: --seeds ${join(root, 'plain')}: is a file, not a folder`,
    );
  });

  it('writes the set whole or not at all: a report.md it cannot replace leaves every old file', () => {
    const root = seedsWith(() => undefined);
    const out = join(root, 'out');
    mkdirSync(join(out, 'report.md'), { recursive: true });
    writeFileSync(join(out, 'events.json'), 'old');
    const r = extract('--seeds', join(root, 'seeds'), '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/report\.md is not a regular file/u);
    expect(r.stderr).not.toMatch(/\n\s+at /u);
    expect(readFileSync(join(out, 'events.json'), 'utf8')).toBe('old');
    expect(readdirSync(out).sort()).toEqual(['events.json', 'report.md']);
  });

  it('cleans temporaries an interrupted run left and leaves none of its own', () => {
    const root = seedsWith(() => undefined);
    const out = join(root, 'out');
    mkdirSync(out);
    const dead = 2 ** 22 + 4242; // above Linux's default pid_max: not a running process
    writeFileSync(join(out, `events.json.tmp-${dead}`), '{"truncated');
    const r = extract('--seeds', join(root, 'seeds'), '--out', out);
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'events.json',
      'events.min.json',
      'events.schema.json',
      'report.md',
    ]);
  });
});
