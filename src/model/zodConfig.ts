import { z } from 'zod';

// The page's CSP forbids eval, so zod's JIT compiler can never run in a browser; jitless also skips
// zod's `new Function` probe, which the CSP would report as a violation on every page load.
// Node (the extractor, tests without a DOM) keeps the JIT: it is faster on large files.
if (typeof document !== 'undefined') z.config({ jitless: true });
