/** Runs axe-core in the page (injected from node_modules: no CDN) and lists every violation. */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

/** Returns one line per violation (any impact), naming the rule and up to three nodes. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  const result = await page.evaluate(
    () => (window as unknown as { axe: { run(): Promise<unknown> } }).axe.run() as Promise<unknown>,
  );
  return (result as AxeResult).violations.map((v) => {
    const nodes = v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target));
    return `${v.impact ?? '?'} ${v.id}: ${v.help} (${v.nodes.length} nodes: ${nodes.join(', ')})`;
  });
}
