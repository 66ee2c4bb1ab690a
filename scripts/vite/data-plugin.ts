import { cpSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, normalize, resolve, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import type { EventsFile } from '../../src/model/schema';
import { toCompactFile } from '../../src/model/compact/toCompactFile';

const COMPACT = 'events.min.json';

/** The compact copy the app reads, made from events.json itself so the two never disagree. */
function compactOf(eventsJson: string): string {
  return JSON.stringify(toCompactFile(JSON.parse(eventsJson) as EventsFile));
}

const TYPES: Record<string, string> = { '.json': 'application/json; charset=utf-8' };

/**
 * Serves data/ at ./data/ in dev and copies data/events.json and data/stories/ into
 * dist/data/ on build, so the app fetches the generated file at runtime instead of bundling it.
 * Beside it goes events.min.json, the compact copy the app prefers, derived from events.json.
 * @example plugins: [react(), dataPlugin()]
 */
export function dataPlugin(dataDir = 'data'): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'shejire-data',
    configResolved(c) {
      config = c;
    },
    configureServer(server) {
      const root = resolve(server.config.root, dataDir);
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        const m = /\/data\/(.+)$/u.exec(decodeURIComponent(path));
        if (m === null) return next();
        if (m[1] === COMPACT && existsSync(join(root, 'events.json'))) {
          res.setHeader('Content-Type', TYPES['.json']!);
          res.setHeader('Cache-Control', 'no-cache');
          res.end(compactOf(readFileSync(join(root, 'events.json'), 'utf8')));
          return;
        }
        const file = normalize(join(root, m[1] as string));
        // Never serve outside data/ (../ in the URL).
        if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile())
          return next();
        const ext = file.slice(file.lastIndexOf('.'));
        res.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(readFileSync(file));
      });
    },
    closeBundle() {
      if (config.command !== 'build') return;
      const from = resolve(config.root, dataDir);
      const to = resolve(config.root, config.build.outDir, 'data');
      for (const name of ['events.json', 'stories']) {
        const src = join(from, name);
        if (existsSync(src)) cpSync(src, join(to, name), { recursive: true });
      }
      const events = join(from, 'events.json');
      if (existsSync(events))
        writeFileSync(join(to, COMPACT), compactOf(readFileSync(events, 'utf8')));
    },
  };
}
