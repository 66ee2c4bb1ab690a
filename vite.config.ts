/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './scripts/vite/csp-plugin';
import { dataPlugin } from './scripts/vite/data-plugin';
import { firstViewPlugin } from './scripts/vite/first-view-plugin';
import { firstViewTextPlugin } from './scripts/vite/first-view-text-plugin';
import { pwa } from './scripts/vite/pwa';

// Pin a DST-observing, non-UTC zone so that any local-time leak in date maths fails a test.
process.env.TZ = 'America/Los_Angeles';

export default defineConfig({
  // Relative base: the built app works from any sub-path of a web server (school sites).
  base: './',
  // SHEJIRE_PUBLIC_URL: the address QR codes, embed codes and handouts link to (src/classroom/shareUrl).
  envPrefix: ['VITE_', 'SHEJIRE_PUBLIC_'],
  // firstViewPlugin: index.html carries the seeds' first view, painted before any script runs.
  plugins: [cspPlugin(), react(), dataPlugin(), firstViewPlugin(), firstViewTextPlugin(), pwa()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Two pages: the full app and the compact embed for school websites.
    rollupOptions: {
      input: { main: 'index.html', embed: 'embed.html' },
      output: {
        // The first load (src/main.ts) in one file besides its entry, not a dozen: a first view
        // drawn before React is most of all a matter of round trips (bench:peers).
        manualChunks: (id: string) =>
          /\/src\/(firstPaint\/|state\/(dataUrl|consentGate|viewState)\.ts|i18n\/(pickLanguage|loadMessages)\.ts|model\/(translit|compact\/format|queries\/(edtfRange|themeOrder))\.ts)/u.test(
            id,
          ) || /preload-helper|modulepreload-polyfill|first-view-text/u.test(id)
            ? 'boot'
            : undefined,
      },
    },
  },
  test: {
    // The files are named by the two projects below (an include here would be merged into both).
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // A limit only stops a hung test; the heavy synchronous ones (a whole extraction, the seeds'
    // pipeline in a hook) must pass on a busy 2-core machine, so the limits are far from their usual
    // seconds. No test waits for time.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Vitest 4 keeps one core free by default; on the 2-core CI machine that ran every file on one
    // worker (unit stage 520 s). The tests wait for state, not time, so both cores may work.
    maxWorkers: 2,
    // Two projects. The extractor's tests are pure functions of their input (no mocks, no globals,
    // no DOM), so their files share one module registry per worker: each file had paid about 3 s to
    // import the extractor again and compile its patterns, most of the unit stage's time. The app's
    // tests render React into jsdom and keep vitest's isolation between files.
    projects: [
      {
        extends: true,
        test: { name: 'extractor', include: ['tests/scripts/**/*.test.{ts,tsx}'], isolate: false },
      },
      {
        extends: true,
        test: { name: 'app', include: ['tests/src/**/*.test.{ts,tsx}'] },
      },
    ],
  },
});
