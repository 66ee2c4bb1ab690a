/**
 * Offline support: a service worker that precaches the built app, its locale chunks and the
 * data files, so a classroom with a flaky connection (or none) still opens the timeline after
 * one visit. Everything is local: the manifest names only icons in public/icons/.
 *
 * Wiring (vite.config.ts): `plugins: [cspPlugin(), react(), dataPlugin(), pwa()]`.
 */
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';

export const PWA_OPTIONS: Partial<VitePWAOptions> = {
  // 'prompt': a new build waits until the user accepts (UpdatePrompt), so a lesson in
  // progress never reloads under the teacher.
  registerType: 'prompt',
  // PwaUpdatePrompt imports virtual:pwa-register/react; 'auto' adds a registerSW.js script
  // (a file, not inline, so the CSP holds) only when nothing imports it.
  injectRegister: 'auto',
  includeAssets: ['icons/*.svg', 'icons/*.png'],
  manifest: {
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
  },
  workbox: {
    // The app shell, lazily loaded locale chunks, data/**/*.json and the icons.
    globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest,woff2}'],
    // events.json grows with every seed; a silently uncached data file would break offline use.
    maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
    // Deep links carry the view in the query (?lang=kk&range=…); the files are the same.
    ignoreURLParametersMatching: [/.*/],
    navigateFallback: 'index.html',
    // embed.html is its own precached page; it must not fall back to the full app.
    navigateFallbackDenylist: [/embed\.html/],
    cleanupOutdatedCaches: true,
    // Another same-origin data file (?data=…): network first, the last copy when offline.
    runtimeCaching: [
      {
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.endsWith('.json'),
        handler: 'NetworkFirst',
        options: { cacheName: 'shejire-data', networkTimeoutSeconds: 5 },
      },
    ],
  },
  // After every other closeBundle hook: the data plugin copies data/events.json and
  // data/stories/ into dist/ there, and the precache manifest must list them.
  integration: { closeBundleOrder: 'post' },
  devOptions: { enabled: false },
};

/** The configured vite-plugin-pwa plugin(s). */
export function pwa() {
  return VitePWA(PWA_OPTIONS);
}
