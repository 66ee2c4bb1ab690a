/**
 * Runs axe-core (from node_modules: no CDN) in the page and lists every violation.
 * The page's CSP forbids inline scripts, so axe is loaded as a same-origin script from the
 * test server rather than injected inline: the policy under test stays on.
 */
import type { Page } from 'playwright-core';
import { AXE_URL_PATH } from './server';

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

/** Returns one line per violation (any impact), naming the rule and up to three nodes. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ url: new URL(AXE_URL_PATH, page.url()).href });
  }
  const result = await page.evaluate(
    () => (window as unknown as { axe: { run(): Promise<unknown> } }).axe.run() as Promise<unknown>,
  );
  return (result as AxeResult).violations.map((v) => {
    const nodes = v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target));
    return `${v.impact ?? '?'} ${v.id}: ${v.help} (${v.nodes.length} nodes: ${nodes.join(', ')})`;
  });
}
