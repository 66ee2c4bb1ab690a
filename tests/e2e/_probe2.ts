import { launchChromium } from './chromium';
import { startServer } from './server';
const server = await startServer('/tmp/dist-test', 'tests/e2e/fixtures', 5504);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
await page.goto(`${server.origin}/school/timeline/${process.argv[2] ?? ''}`);
await page.waitForTimeout(1500);
console.log(await page.locator('body').ariaSnapshot());
await browser.close(); await server.close();
