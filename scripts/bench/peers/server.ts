/**
 * The bench:peers web server on 127.0.0.1: the built app under /app/ (with the headers a school's
 * server sends), TimelineJS under /tl/, vis-timeline under /vis/, the peers' pages under /peers/
 * and the generated events files under /data/. It logs every path served, so a sample can sum
 * the bytes its page asked for.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join, normalize, relative, resolve, sep } from 'node:path';
import { headersFor } from '../../serve/headers';
import { contentTypeOf } from '../../serve/contentType';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

export interface BenchServer {
  origin: string;
  /** Bodies served since the last call, by path (query stripped). */
  takeServed(): Map<string, Buffer>;
  close(): Promise<void>;
}

export function startBenchServer(
  appDir: string,
  files: Map<string, Buffer>,
  port: number,
): Promise<BenchServer> {
  appDir = resolve(appDir);
  const roots: [string, string][] = [
    ['/app/', appDir],
    ['/tl/', join(packageDir('@knight-lab/timelinejs'), 'dist')],
    ['/vis/', packageDir('vis-timeline')],
  ];
  let served = new Map<string, Buffer>();
  const fileFor = (path: string): string | null => {
    for (const [prefix, root] of roots) {
      if (!path.startsWith(prefix)) continue;
      let file = normalize(join(root, path.slice(prefix.length)));
      if (file !== root && !file.startsWith(root + sep)) return null;
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      return existsSync(file) ? file : null;
    }
    return null;
  };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = files.has(path) ? null : fileFor(path);
    const body = files.get(path) ?? (file ? readFileSync(file) : null);
    if (body === null) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    served.set(path, body);
    const app = file?.startsWith(appDir + sep) ? headersFor(relative(appDir, file)) : {};
    res.writeHead(200, {
      ...app,
      'Content-Type': contentTypeOf(file ?? path),
      'Cache-Control': 'no-store',
    });
    res.end(body);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () =>
      ok({
        origin: `http://127.0.0.1:${port}`,
        takeServed() {
          const out = served;
          served = new Map();
          return out;
        },
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    );
  });
}
