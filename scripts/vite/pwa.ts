/**
 * Offline support without a service-worker framework: after the build (and after the data plugin
 * has copied data/ into it) this writes `sw.js`, which precaches every built file — the app, its
 * lazily loaded chunks, icons, data/**.json — and a web app manifest with local icons only.
 * A classroom with a flaky connection (or none) still opens the timeline after one visit.
 *
 * Why not vite-plugin-pwa: version 2 (Workbox 7) now installs with `npm ci`, but it adds 294
 * packages to the lock file (360 → 654: Babel preset-env, Rollup 4 and its per-platform binaries,
 * Terser, workbox-build) for what serviceWorkerSource.ts does in sixty lines, which the e2e tests
 * hold to the same standard: offline after one visit (also under `Vary: Origin`), a redeploy seen
 * on reload with its own chunks, no runtime-fetched file kept (issue 10).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { serviceWorkerSource } from './serviceWorkerSource';

const MANIFEST = {
  name: 'Шежіре: Қазақстанның саяси шежіресі',
  short_name: 'Шежіре',
  description: 'Қазақстанның соңғы жылдардағы саяси тарихы: жаңалықтардан құралған уақыт сызығы',
  lang: 'kk',
  dir: 'ltr',
  // Relative, like Vite's base: the app may live under any sub-path of a school site.
  start_url: './',
  scope: './',
  id: './',
  display: 'standalone',
  background_color: '#ffffff',
  theme_color: '#0b3d6e',
  icons: [
    { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
    { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
    {
      src: 'icons/icon-maskable-512.png',
      sizes: '512x512',
      type: 'image/png',
      purpose: 'maskable',
    },
    { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
  ],
};

export function pwa(): Plugin {
  let outDir = 'dist';
  return {
    name: 'shejire-offline',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml: () => [
      { tag: 'link', attrs: { rel: 'manifest', href: './manifest.webmanifest' }, injectTo: 'head' },
    ],
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        writeFileSync(join(outDir, 'manifest.webmanifest'), JSON.stringify(MANIFEST, null, 2));
        const files = walk(outDir)
          .map((f) => relative(outDir, f).split(sep).join('/'))
          .filter((f) => f !== 'sw.js' && !f.endsWith('.map'))
          .sort();
        const hash = createHash('sha256');
        for (const f of files) hash.update(f).update(readFileSync(join(outDir, f)));
        const version = hash.digest('hex').slice(0, 12);
        writeFileSync(
          join(outDir, 'sw.js'),
          serviceWorkerSource(version, ['./', ...files.map((f) => `./${f}`)]),
        );
      },
    },
  };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
