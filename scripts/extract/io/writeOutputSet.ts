/**
 * Writes the extractor's outputs (events.json, its schema, report.md) as one set: a reader never
 * finds a new events.json beside an old report.md, and no temporary file outlives the run.
 *
 * The files are written into a staging folder inside the output folder; renaming that folder to
 * `.extract-commit` is the single atomic step that commits the set; the files are then moved into
 * place and the folder removed. If the process dies after the commit, the next run finishes the
 * moves (roll forward); if it dies before, the next run deletes the staging folder (roll back).
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

const STAGING = '.extract-staging-';
const COMMIT = '.extract-commit';
const MANIFEST = 'files.json';
/** Temporaries of older versions of the extractor (`events.json.tmp-1234`). */
const OLD_TEMP = /\.tmp-(\d+)$/u;

/** What recovery did, for the console and the report. */
export type Recovery = string[];

/**
 * Commits `files` (name → content) into `out` as one set. Throws an Error with a plain message
 * when it cannot; then `out` keeps its previous set and holds no temporary file.
 */
export function writeOutputSet(out: string, files: ReadonlyArray<[string, string]>): Recovery {
  makeFolder(out);
  const recovered = recoverOutputSet(out);
  // A target a rename cannot replace (a folder named report.md) fails before anything moves.
  for (const [name] of files) {
    const path = join(out, name);
    if (existsSync(path) && !lstatSync(path).isFile()) {
      throw new Error(`${path} is not a regular file, so it cannot be replaced; move it away`);
    }
  }
  const stage = join(out, `${STAGING}${process.pid}`);
  rmSync(stage, { recursive: true, force: true });
  try {
    mkdirSync(stage);
    for (const [name, content] of files) writeDurably(join(stage, name), content);
    writeDurably(join(stage, MANIFEST), JSON.stringify(files.map(([name]) => name)));
    renameSync(stage, join(out, COMMIT)); // the commit point
  } catch (e) {
    rmSync(stage, { recursive: true, force: true });
    throw e;
  }
  finishCommit(out);
  return recovered;
}

/**
 * Finishes or discards what an interrupted run left in `out`: a committed set is moved into place,
 * staging folders and old-style temporaries of processes no longer running are deleted.
 */
export function recoverOutputSet(out: string): Recovery {
  if (!existsSync(out)) return [];
  const done: Recovery = [];
  for (const name of readdirSync(out).sort()) {
    const path = join(out, name);
    if (name === COMMIT) {
      finishCommit(out);
      done.push(`finished writing the output set an interrupted run had committed`);
    } else if (name.startsWith(STAGING) && !isRunning(Number(name.slice(STAGING.length)))) {
      rmSync(path, { recursive: true, force: true });
      done.push(`removed ${name}, left by an interrupted run`);
    } else if (OLD_TEMP.test(name) && !isRunning(Number(OLD_TEMP.exec(name)![1]))) {
      rmSync(path, { force: true });
      done.push(`removed ${name}, left by an interrupted run`);
    }
  }
  return done;
}

/**
 * mkdir -p without { recursive: true }, which loops forever under /proc on Linux (Node 20):
 * one mkdir per missing ancestor, each failing with a plain error.
 */
function makeFolder(dir: string): void {
  if (existsSync(dir)) return;
  const parent = dirname(dir);
  if (parent !== dir) makeFolder(parent);
  mkdirSync(dir);
}

function finishCommit(out: string): void {
  const dir = join(out, COMMIT);
  const names = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as string[];
  for (const name of names) {
    // Already moved when an earlier recovery was itself interrupted.
    if (existsSync(join(dir, name))) renameSync(join(dir, name), join(out, name));
  }
  rmSync(dir, { recursive: true, force: true });
}

/** Written and flushed to disk, so the commit never points at data still in a cache. */
function writeDurably(path: string, content: string): void {
  const fd = openSync(path, 'w');
  try {
    writeFileSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Whether a process with this id runs (this one counts as not: its own leftovers are stale). */
function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
