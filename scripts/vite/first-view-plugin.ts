import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { EventsFile } from '../../src/model/schema';
import { firstViewHtml } from './firstView';
import { systemThemeCss } from './firstViewTheme';

const ROOT = '<div id="root"></div>';
const THEME_CSS = 'src/styles/theme.css';

/**
 * Paint before JavaScript: at build, index.html's empty #root receives the static first view of
 * data/events.json (firstView.ts), in the reader's colour theme before the app sets one
 * (firstViewTheme.ts). The embed page and a build without data are left alone.
 * @example plugins: [react(), firstViewPlugin()]
 */
export function firstViewPlugin(dataDir = 'data'): Plugin {
  let root = process.cwd();
  return {
    name: 'shejire-first-view',
    apply: 'build',
    configResolved(c) {
      root = c.root;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const file = resolve(root, dataDir, 'events.json');
        if (!ctx.filename.endsWith('index.html') || !existsSync(file) || !html.includes(ROOT))
          return html;
        const data = JSON.parse(readFileSync(file, 'utf8')) as EventsFile;
        const theme = systemThemeCss(readFileSync(resolve(root, THEME_CSS), 'utf8'));
        return html
          .replace('</head>', `<style>${theme}</style></head>`)
          .replace(ROOT, `<div id="root">${firstViewHtml(data)}</div>`);
      },
    },
  };
}
