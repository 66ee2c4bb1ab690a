/**
 * A small static file server for the built app, standing in for a school's web server:
 * the app is served under a sub-path (BASE_PATH) to prove that the relative base works,
 * and the e2e fixtures are served from /fixtures/ on the same origin.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { join, normalize, relative, resolve, sep } from 'node:path';
import { headersFor } from '../../scripts/serve/headers';
import { contentTypeOf } from '../../scripts/serve/contentType';

export const HOST = '127.0.0.1';
/** The sub-path a school site might use; every app URL in the tests lives under it. */
export const BASE_PATH = '/school/timeline/';
export const FIXTURES_PATH = '/fixtures/';
/** Test-only scripts (axe-core), served from the app's origin so the page's CSP admits them. */
export const AXE_URL_PATH = '/__e2e/axe.min.js';
const AXE_FILE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface StaticServer {
  origin: string;
  /** Paths requested so far (for tests that assert what was fetched). */
  requests: string[];
  close(): Promise<void>;
}

/** Maps a URL path under `prefix` to a file under `root`, refusing anything outside it. */
function toFile(root: string, prefix: string, urlPath: string): string | null {
  const rest = decodeURIComponent(urlPath.slice(prefix.length));
  const file = normalize(join(root, rest));
  if (file !== root && !file.startsWith(root + sep)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) return join(file, 'index.html');
  return file;
}

export function startServer(
  distDir: string,
  fixturesDir: string,
  port: number,
): Promise<StaticServer> {
  const dist = resolve(distDir);
  const fixtures = resolve(fixturesDir);
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', `http://${HOST}`).pathname;
    requests.push(path);
    // Like a real server: the directory without its slash redirects, so relative URLs resolve.
    if (path === BASE_PATH.slice(0, -1)) {
      res.writeHead(301, { Location: BASE_PATH }).end();
      return;
    }
    let file: string | null = null;
    if (path.startsWith(BASE_PATH)) file = toFile(dist, BASE_PATH, path);
    else if (path.startsWith(FIXTURES_PATH)) file = toFile(fixtures, FIXTURES_PATH, path);
    else if (path === AXE_URL_PATH) file = AXE_FILE;
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, {
      // The headers a school's server should send (CSP with frame-ancestors, nosniff …).
      ...(path.startsWith(BASE_PATH) ? headersFor(relative(dist, file).split(sep).join('/')) : {}),
      'Content-Type': contentTypeOf(file),
      'Cache-Control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, HOST, () =>
      ok({
        origin: `http://${HOST}:${port}`,
        requests,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections(); // keep-alive sockets would hold close() open
            server.close(() => done());
          }),
      }),
    );
  });
}
