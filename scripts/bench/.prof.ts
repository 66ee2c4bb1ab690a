import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
const ROOT = resolve('/work/main/bench');
const OUT = '/tmp/dist-bench-prof';
await build({ root: ROOT, configFile: false, base: './', logLevel: 'warn', plugins: [react()], build: { outDir: OUT, emptyOutDir: true, minify: false, rollupOptions: { input: resolve(ROOT, 'app.html') } } });
const server = await preview({ root: ROOT, configFile: false, logLevel: 'warn', build: { outDir: OUT }, preview: { port: 5303, strictPort: true, host: '127.0.0.1' } });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(`http://127.0.0.1:5303/app.html?n=${process.argv[2] ?? 10000}`);
await page.waitForFunction('window.__bench && window.__bench.ready');
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.mouse.move(640, 400);
for (let i = 0; i < 15; i++) { await page.mouse.wheel(0, -120); await page.waitForTimeout(30); }
await page.mouse.down();
for (let i = 0; i < 15; i++) { await page.mouse.move(640 - i * 15, 400); await page.waitForTimeout(30); }
await page.mouse.up();
const { profile } = await cdp.send('Profiler.stop');
const self = new Map<string, number>();
const dt = profile.timeDeltas!; const byId = new Map(profile.nodes.map((n) => [n.id, n]));
profile.samples!.forEach((id, i) => { const n = byId.get(id)!; const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000); });
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1)}ms ${k}`).join('\n'));
console.log(await page.evaluate('JSON.stringify(window.__bench.updates.map(x=>Math.round(x)))'));
await browser.close(); server.httpServer.close();
