/**
 * `npm run serve`: the built app (dist/) at http://127.0.0.1:4173/ with the headers a real web
 * server should send (headers.ts). Unlike `vite preview` it sends no `Vary: Origin` (which kept
 * the service worker's cached copies from ever matching), answers a missing file with a plain 404
 * instead of the app's HTML, and lets browsers revalidate with ETags.
 *
 *   SHEJIRE_HOST=0.0.0.0 PORT=8080 SHEJIRE_EMBED_ANCESTORS="https://school.kz" npm run serve
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize, resolve, sep } from 'node:path';
import { headersFor } from './headers';
import { contentTypeOf } from './contentType';
import { gzipOf, gzipWanted } from './compress';

const ROOT = resolve(process.env.SHEJIRE_DIST ?? 'dist');
const HOST = process.env.SHEJIRE_HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 4173);
const EMBED_ANCESTORS = process.env.SHEJIRE_EMBED_ANCESTORS;

if (!existsSync(join(ROOT, 'index.html'))) {
  console.error(`serve: ${ROOT}/index.html not found; run npm run build first`);
  process.exit(1);
}

createServer((req, res) => {
  let path: string;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('bad request');
    return;
  }
  let file = normalize(join(ROOT, path));
  if (file !== ROOT && !file.startsWith(ROOT + sep)) {
    res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('forbidden');
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (
    !existsSync(file) ||
    !statSync(file).isFile() ||
    (req.method !== 'GET' && req.method !== 'HEAD')
  ) {
    res.writeHead(404, {
      'Content-Type': 'text/plain; charset=utf-8',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end('not found');
    return;
  }
  const st = statSync(file);
  const version = `${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}`;
  const type = contentTypeOf(file);
  // Text goes compressed, as a real web server would send it (and as the benchmarks should see it).
  const gzip = gzipWanted(type, req.headers['accept-encoding']);
  const etag = gzip ? `"${version}-gz"` : `"${version}"`;
  const headers = {
    ...headersFor(
      file
        .slice(ROOT.length + 1)
        .split(sep)
        .join('/'),
      { embedAncestors: EMBED_ANCESTORS },
    ),
    'Content-Type': type,
    ETag: etag,
    ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers).end();
    return;
  }
  const body = gzip ? gzipOf(file, etag) : null;
  res.writeHead(200, { ...headers, 'Content-Length': String(body?.length ?? st.size) });
  if (req.method === 'HEAD') res.end();
  else if (body !== null) res.end(body);
  else createReadStream(file).pipe(res);
}).listen(PORT, HOST, () => {
  console.log(`Shejire: http://${HOST}:${PORT}/ (serving ${ROOT})`);
});
