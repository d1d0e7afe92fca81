import { launch } from '../e2e/browser.ts';

/**
 * Screenshots of pages as a reader sees them: `npm run screenshot -- <url> <out.png> [width]`.
 * Uses Debian's Chromium; no browser is downloaded.
 */
const [url = 'http://localhost:3000/', out = 'screenshots/page.png', width = '1440'] =
  process.argv.slice(2);
const browser = await launch();
const page = await browser.newPage({
  viewport: { width: Number(width), height: 900 },
  deviceScaleFactor: 1,
});
await page.goto(url, { waitUntil: 'networkidle' });
await page.screenshot({ path: out, fullPage: true });
await browser.close();
console.log(`${out}: ${url} at ${width} px`);
