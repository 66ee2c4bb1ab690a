// ESLint flat config. Style is Prettier's job, so only correctness rules live here,
// plus one rule that holds the layer direction of style.md §7:
// components → state → timeline → model, and scripts/extract → model only.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Relative or rooted imports of the UI layers (../components, ../../state/store, src/state).
const UI_LAYERS = '^((\\.\\./)+|(.*/)?src/)(components|state)(/|$)';

export default defineConfig(
  {
    ignores: [
      'dist/**',
      'dist-bench/**',
      'data/**',
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      'seeds/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      // `_`-prefixed names mark deliberately unused arguments (callbacks with fixed signatures).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      // Stale closures are real bugs here (zoom handlers, URL sync): fail, don't warn.
      'react-hooks/exhaustive-deps': 'error',
      // React Compiler readiness rules: we don't compile with it, and the d3 bridge needs the
      // "latest value in a ref" pattern. Kept visible as warnings, not failures.
      'react-hooks/refs': 'warn',
      'react-hooks/set-state-in-effect': 'warn',
    },
  },
  {
    // Classic scripts the page runs as they are, before its modules (public/data-file.js).
    files: ['public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: globals.browser },
  },
  {
    // Node-side code: the extractor, build scripts, configs and the e2e runner.
    // e2e specs also pass callbacks to page.evaluate() that run in the browser.
    files: ['scripts/**', 'tests/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['src/model/**', 'src/timeline/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^react(-dom)?(/|$)',
              message: 'model/ and timeline/ are pure: no React here (style.md §7).',
            },
            {
              regex: UI_LAYERS,
              message: 'model/ and timeline/ may not import components/ or state/ (style.md §7).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/extract/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Any path into src/ other than src/model.
              regex: '(^|/)src/(?!model(/|$))',
              message: 'The extractor may import only src/model from the app (style.md §7).',
            },
            {
              regex: '^react(-dom)?(/|$)',
              message: 'The extractor runs in Node at build time: no React.',
            },
          ],
        },
      ],
    },
  },
);
