/**
 * Reads the seeds folder for main.ts: every article file's bytes, or a failure that names the file
 * and says what is wrong in words (a folder named x.txt, a dangling or looping symbolic link, a FIFO
 * that would block forever, no permission), so --keep-going can go on with the rest.
 */
import { readdirSync, readFileSync, statSync, lstatSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { ExtractError } from '../errors';
import type { InputFile } from '../pipeline';
import type { Collection } from '../../../src/model/collection';
import { bundleToInputs } from './bundleSeeds';

export const ARTICLE_NAME = /\.(txt|text|md)$/iu;

export interface Inputs {
  files: InputFile[];
  failures: ExtractError[];
  sourcesJson: { file: string; text: string } | undefined;
  /** When --seeds is a teacher's collection file: their reviewed events (see applyCuration.ts). */
  curated?: Collection;
}

/** Throws an Error with a plain message when the folder itself cannot be listed. */
export function readInputs(seeds: string, shownAs: string): Inputs {
  // A collection file exported by the app ("Add an article") stands for a folder of its articles.
  if (/\.json$/iu.test(seeds) && !isFolder(seeds)) {
    const bytes = readRegularFile(seeds);
    if (typeof bytes === 'string') throw new Error(`--seeds ${shownAs}: ${bytes}`);
    return bundleToInputs(shownAs, new TextDecoder().decode(bytes));
  }
  let names: string[];
  try {
    names = readdirSync(seeds);
  } catch (e) {
    throw new Error(`--seeds ${shownAs}: ${describeFsError(e, 'folder')}`, { cause: e });
  }
  const files: InputFile[] = [];
  const failures: ExtractError[] = [];
  const byId = new Map<string, string>();
  for (const file of names.filter((n) => ARTICLE_NAME.test(n)).sort()) {
    // The source id is the name without its extension: it must exist and be unique.
    const id = file.replace(/\.[^.]+$/u, '');
    const twin = byId.get(id);
    if (id.trim() === '') {
      failures.push(
        new ExtractError(
          file,
          'the name has nothing before its extension, so the article would have no id; rename the file',
        ),
      );
      continue;
    }
    if (twin !== undefined) {
      failures.push(
        new ExtractError(
          file,
          `has the same name as ${twin} apart from the extension, so both would get the id "${id}"; rename one of them`,
        ),
      );
      continue;
    }
    byId.set(id, file);
    const bytes = readRegularFile(join(seeds, file));
    if (typeof bytes === 'string') failures.push(new ExtractError(file, bytes));
    else files.push({ file, bytes });
  }
  let sourcesJson: Inputs['sourcesJson'];
  if (names.includes('sources.json')) {
    const bytes = readRegularFile(join(seeds, 'sources.json'));
    if (typeof bytes === 'string') failures.push(new ExtractError('sources.json', bytes));
    else sourcesJson = { file: 'sources.json', text: new TextDecoder().decode(bytes) };
  }
  return { files, failures, sourcesJson };
}

/** The file's bytes, or why it cannot be read. stat() first: opening a FIFO would block. */
function readRegularFile(path: string): Uint8Array | string {
  let st: Stats;
  try {
    st = statSync(path);
  } catch (e) {
    return describeFsError(e, 'file', path);
  }
  if (st.isDirectory()) return 'is a folder, not a file';
  if (!st.isFile()) return `is not a regular file (${kindOf(st)}); only plain text files are read`;
  try {
    return new Uint8Array(readFileSync(path));
  } catch (e) {
    return describeFsError(e, 'file', path);
  }
}

function kindOf(st: Stats): string {
  if (st.isFIFO()) return 'a named pipe';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a file';
}

/** A file-system error in words (no stack trace): what the reader can fix. */
export function describeFsError(e: unknown, what: 'file' | 'folder', path?: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return path !== undefined && isSymlink(path)
        ? 'is a symbolic link to something that does not exist'
        : `no such ${what}`;
    case 'ELOOP':
      return 'is a symbolic link that loops back on itself';
    case 'EACCES':
    case 'EPERM':
      return `cannot be read (permission denied)`;
    case 'ENOTDIR':
      return what === 'folder' ? 'is a file, not a folder' : 'a part of its path is not a folder';
    case 'EISDIR':
      return 'is a folder, not a file';
    default:
      return `cannot be read (${code ?? (e instanceof Error ? e.message : String(e))})`;
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
