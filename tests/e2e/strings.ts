/**
 * The UI's own strings, read from the app's locale files, so tests find controls by the
 * accessible name a user hears in each language and survive rewording.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { toKazakhLatin } from '../../src/model/translit';

export const LANGS = ['kk', 'ru', 'en', 'kk-latn'] as const;
export type Lang = (typeof LANGS)[number];

type Tree = { [key: string]: string | Tree };
const cache = new Map<string, Tree>();

function load(file: 'kk' | 'ru' | 'en'): Tree {
  let tree = cache.get(file);
  if (!tree) {
    tree = JSON.parse(readFileSync(resolve('src/i18n/locales', `${file}.json`), 'utf8')) as Tree;
    cache.set(file, tree);
  }
  return tree;
}

/** `tr('en', 'filters.shown', { count: 3 })`. Kazakh Latin is the transliterated Kazakh text. */
export function tr(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  let node: string | Tree | undefined = load(lang === 'kk-latn' ? 'kk' : lang);
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`no string ${key} in ${lang}`);
  const text = node.replace(/\{\{(\w+)\}\}/g, (_, v: string) => String(vars[v] ?? `{{${v}}}`));
  return lang === 'kk-latn' ? toKazakhLatin(text) : text;
}

/** Every leaf key of the English file ("panel.close", …): what a raw-key leak would look like. */
export function allKeys(): string[] {
  const out: string[] = [];
  const walk = (t: Tree, prefix: string) => {
    for (const [k, v] of Object.entries(t)) {
      if (typeof v === 'string') out.push(prefix + k);
      else walk(v, `${prefix}${k}.`);
    }
  };
  walk(load('en'), '');
  return out;
}

/** Escapes text for use inside a RegExp (accessible names are matched as substrings). */
export function re(text: string, flags = ''): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags);
}
