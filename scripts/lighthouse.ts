import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/browser.ts';

/** One Lighthouse run, desktop preset: its scores (0–100) and its metrics as Lighthouse shows them. */
export interface LighthouseRun {
  performance: number;
  accessibility: number;
  metrics: string;
  /** why Lighthouse could not measure the page (its score is then 0), or null */
  error: string | null;
}

/** Lighthouse on `url`, desktop, `runs` times, each in a fresh Debian Chromium. */
export async function lighthouseRuns(url: string, runs: number): Promise<LighthouseRun[]> {
  const out: LighthouseRun[] = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM_PATH,
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    });
    try {
      const result = await lighthouse(
        url,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
        },
        {
          extends: 'lighthouse:default',
          settings: {
            formFactor: 'desktop',
            screenEmulation: {
              mobile: false,
              width: 1350,
              height: 940,
              deviceScaleFactor: 1,
              disabled: false,
            },
            throttling: {
              rttMs: 40,
              throughputKbps: 10240,
              cpuSlowdownMultiplier: 1,
              requestLatencyMs: 0,
              downloadThroughputKbps: 0,
              uploadThroughputKbps: 0,
            },
          },
        },
      );
      const c = result?.lhr.categories;
      const a = result?.lhr.audits;
      const metric = (id: string) => a?.[id]?.displayValue ?? '';
      out.push({
        performance: Math.round((c?.performance?.score ?? 0) * 100),
        accessibility: Math.round((c?.accessibility?.score ?? 0) * 100),
        error: result?.lhr.runtimeError?.code ?? null,
        metrics: `FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}, SI ${metric('speed-index')}`,
      });
    } finally {
      chrome.kill();
    }
  }
  return out;
}

export const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
