import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

export const FIRST_VIEW_TEXT = 'virtual:first-view-text';
const RESOLVED = `\0${FIRST_VIEW_TEXT}`;
const LANGS = ['kk', 'ru', 'en'] as const;

/**
 * `import text from 'virtual:first-view-text'`: the few UI strings the first view of a `?data=`
 * file shows (src/firstPaint), taken from the locale files at build. The first load then carries
 * a kilobyte of strings rather than three whole locale files, and they stay one source.
 * @example plugins: [firstViewTextPlugin()]
 */
export function firstViewTextPlugin(localesDir = 'src/i18n/locales'): Plugin {
  let root = process.cwd();
  return {
    name: 'shejire-first-view-text',
    configResolved(c) {
      root = c.root;
    },
    resolveId: (id) => (id === FIRST_VIEW_TEXT ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const text = Object.fromEntries(
        LANGS.map((lang) => {
          const file = resolve(root, localesDir, `${lang}.json`);
          this.addWatchFile(file);
          const m = JSON.parse(readFileSync(file, 'utf8'));
          return [lang, { app: m.app, lane: m.lane, timeline: { label: m.timeline.label } }];
        }),
      );
      return `export default ${JSON.stringify(text)};`;
    },
  };
}
