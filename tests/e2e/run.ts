/**
 * `npm run test:e2e`: serves dist/ under a school-like sub-path on 127.0.0.1:5501, starts one
 * Chromium, and runs every `*.spec.ts` under tests/e2e in a fresh context per test.
 * Prints each test's name and result; exits non-zero if any test fails.
 *
 *   npm run test:e2e                 every test
 *   npm run test:e2e -- zoom panel   only tests whose name contains "zoom" or "panel"
 *   E2E_DIST=/tmp/other-dist npm run test:e2e   test another build (regression checks)
 *   E2E_WORKERS=1 npm run test:e2e              one test at a time (two by default)
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumPath, launchChromium, missingChromiumMessage } from './chromium';
import { RESULTS_DIR, registeredTests, runOne, setCurrentFile, units } from './harness';
import { startServer } from './server';

const HERE = resolve('tests/e2e');
const DIST = resolve(process.env.E2E_DIST ?? 'dist');
const PORT = Number(process.env.E2E_PORT ?? 5501);
/** Tests run at once (E2E_WORKERS=1 runs them one by one, to tell a race from a bug). */
const WORKERS = Math.max(1, Number(process.env.E2E_WORKERS ?? 2));

function specFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'fixtures' ? [] : specFiles(path);
    return d.name.endsWith('.spec.ts') ? [path] : [];
  });
}

const slug = (name: string) => name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80);

async function main(): Promise<number> {
  if (!existsSync(chromiumPath())) {
    console.error(missingChromiumMessage());
    return 1;
  }
  if (!existsSync(join(DIST, 'index.html'))) {
    console.error(`× ${DIST}/index.html not found: run \`npm run build\` first.`);
    return 1;
  }
  for (const file of specFiles(HERE).sort()) {
    setCurrentFile(relative(HERE, file));
    await import(pathToFileURL(file).href);
  }
  const filters = process.argv.slice(2).map((f) => f.toLowerCase());
  const tests = registeredTests().filter(
    (t) => filters.length === 0 || filters.some((f) => t.name.toLowerCase().includes(f)),
  );
  if (tests.length === 0) {
    // A filter that matches nothing is a typo, not a pass.
    console.error(`no end-to-end test matches ${filters.join(', ') || '(no filter)'}`);
    process.exit(1);
  }
  mkdirSync(join(RESULTS_DIR, 'failures'), { recursive: true });

  const server = await startServer(DIST, join(HERE, 'fixtures'), PORT).catch((err: unknown) => {
    const inUse = (err as NodeJS.ErrnoException).code === 'EADDRINUSE';
    throw inUse ? new Error(`port ${PORT} is in use: stop that server or set E2E_PORT`) : err;
  });
  const browser = await launchChromium();
  const failed: { name: string; problems: string[] }[] = [];
  const t0 = Date.now();
  // Two tests at a time, each in its own context: most of a test is the browser waiting on
  // itself (layout, paint, a worker), so a second one uses the other core. A serial file's tests
  // (harness.serialFile) stay one unit.
  const queue = units(tests);
  const worker = async () => {
    for (let unit = queue.shift(); unit; unit = queue.shift()) {
      for (const t of unit) {
        const start = Date.now();
        const outcome = await runOne(browser, server.origin, t, async (page) => {
          await page.screenshot({ path: join(RESULTS_DIR, 'failures', `${slug(t.name)}.png`) });
        });
        const ms = `${Date.now() - start} ms`;
        // Vitest's marks, not node's test runner's (✔/✖): CI recognises runners by their output,
        // and these lines must not pass for a node runner whose closing count is missing.
        if (outcome.problems.length === 0) {
          console.log(`  ✓ ${t.file} › ${t.name} (${ms}, ${outcome.requests} requests)`);
        } else {
          console.log(`  × ${t.file} › ${t.name} (${ms})`);
          for (const p of outcome.problems) console.log(indent(p));
          failed.push({ name: t.name, problems: outcome.problems });
        }
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: WORKERS }, worker));
  } finally {
    await browser.close();
    await server.close();
  }
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (failed.length > 0) {
    console.log(`\nFailed:\n${failed.map((f) => `  × ${f.name}`).join('\n')}`);
    console.log(`Screenshots of the failures: ${relative('.', join(RESULTS_DIR, 'failures'))}/`);
  }
  // The count closes the output, alone on its line: the form CI tooling reads.
  console.log(`\nend-to-end: ${secs} s for ${tests.length} tests`);
  console.log(`e2e: ${tests.length - failed.length} passed, ${failed.length} failed`);
  // npm test sums every stage into one count; it names this file.
  const summary = process.env.SHEJIRE_E2E_SUMMARY;
  if (summary) {
    writeFileSync(
      summary,
      JSON.stringify({ passed: tests.length - failed.length, failed: failed.length }),
    );
  }
  return failed.length > 0 || tests.length === 0 ? 1 : 0;
}

function indent(text: string): string {
  return text
    .split('\n')
    .slice(0, 8) // a stack's first lines locate the failure; the rest is playwright internals
    .map((l) => `      ${l}`)
    .join('\n');
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
