import path from 'node:path';
import type { Page } from 'playwright-core';

/** axe-core's browser bundle, injected into the page under test (@axe-core/playwright needs Node 22). Tests run from the repository's root. */
const AXE_PATH = path.resolve('node_modules/axe-core/axe.min.js');

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core on the page as it is now; answers its serious and critical findings (WCAG 2.x A and AA rules, best practices). */
export async function seriousAccessibilityFindings(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: any }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
      .map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n: any) => n.target.join(' ')) }));
  });
}

/**
 * The page settled as a person would read it, then axe-core's serious and critical findings: the pointer moved out
 * of the way first (a tooltip opened by the last click closes), then no loading bar left (a page still loading is
 * not the page a rep works on), no tooltip left, and no transition still running (a dialog or tooltip fading in or
 * out is half transparent, and its contrast with it: CI once measured a tooltip mid-fade).
 */
export async function settledAccessibilityFindings(page: Page): Promise<AxeFinding[]> {
  await page.mouse.move(0, 0);
  await page.waitForFunction(() => !document.querySelector('[role="progressbar"]'), null, { timeout: 15_000 }).catch(() => undefined);
  await page
    .waitForFunction(
      () => !document.querySelector('.MuiTooltip-popper') && document.getAnimations().every((animation) => animation.playState !== 'running'),
      null,
      { timeout: 15_000 },
    )
    .catch(() => undefined);
  return seriousAccessibilityFindings(page);
}
