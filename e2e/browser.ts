import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';

/** Debian's Chromium, never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** How every test and measurement runs it: no sandbox (root in CI), nothing in the background. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * axe-core, WCAG 2.2 A and AA rules: no violations. Label in Name (2.5.3) and Target Size (2.5.8)
 * are rules axe leaves off unless asked: they are asked for.
 *
 * Run in the page itself (axe's "legacy" mode) and asked for violations only: by default the builder
 * runs axe in parts and puts the parts together in a new blank page, and returns every rule that
 * passed with every element it passed on (700 KB for the forces view). The pages have no frames of
 * their own, so the parts are not needed: 1.0 s a check instead of 3.7 on the forces view, the same
 * violations found (a page given an unlabelled field and grey text is still refused).
 */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .setLegacyMode()
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .options({
      resultTypes: ['violations'],
      rules: {
        'label-content-name-mismatch': { enabled: true },
        'target-size': { enabled: true },
      },
    })
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? ''}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe on ${what}`).toEqual([]);
}
