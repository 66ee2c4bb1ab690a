/**
 * `npm run bench:curation [distDir]`: how long the browser's extractor takes on a 20 KB article a
 * teacher pastes (target: under 0.5 s on the project machine). Serves the built app, opens the
 * Add-an-article dialog in headless Chromium, pastes the article three times and prints the time
 * the worker reports for each (the first run is after the dialog's warm-up). A benchmark, not a
 * test: it prints, and exits 1 only when the median misses the target.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../../tests/e2e/chromium';
import { BASE_PATH, startServer } from '../../tests/e2e/server';

const TARGET_MS = 500;
const PORT = 5321;
const dist = resolve(process.argv[2] ?? 'dist');
const en = JSON.parse(readFileSync('src/i18n/locales/en.json', 'utf8')) as {
  curation: { add: string; text: string; find: string; review: { back: string } };
};

/** The Kazakh test article's body repeated to 20 KB of UTF-8, under its own header. */
function article(): string {
  const kk = readFileSync('tests/fixtures/curation/kk-school-forum.txt', 'utf8');
  const body = kk.split('\n').slice(3).join('\n');
  let text = kk;
  while (new TextEncoder().encode(text).length < 20_000) text += `\n${body}`;
  return text;
}

async function main(): Promise<number> {
  const text = article();
  const server = await startServer(dist, 'tests/e2e/fixtures', PORT);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${server.origin}${BASE_PATH}?lang=en`);
    const c = en.curation;
    await page.getByRole('button', { name: c.add }).click();
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.getByLabel(c.text).fill(text);
      await page.getByRole('button', { name: c.find }).click();
      const line = await page.getByText(/Read in \d+ ms/u).textContent({ timeout: 30_000 });
      times.push(Number(/Read in (\d+) ms/u.exec(line ?? '')?.[1]));
      await page.getByRole('button', { name: c.review.back }).click();
    }
    const median = [...times].sort((a, b) => a - b)[1]!;
    const size = (new TextEncoder().encode(text).length / 1000).toFixed(1);
    console.log(`browser extractor, ${size} KB article: ${times.join(' ms, ')} ms`);
    const ok = median < TARGET_MS;
    console.log(`${ok ? '✓' : '×'} median ${median} ms (target < ${TARGET_MS} ms)`);
    return ok ? 0 : 1;
  } finally {
    await browser.close();
    await server.close();
  }
}

process.exitCode = await main();
