// Shared test setup: DOM matchers for component tests (harmless in node tests).
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// findBy*/waitFor poll for the state they check and return as soon as it holds; their limit only
// decides when a test that will never pass gives up. Lazy modules load in seconds, not
// milliseconds, on a busy 2-core machine, so the limit is the test's own (vite.config.ts), not
// testing-library's default second.
configure({ asyncUtilTimeout: 15000 });
