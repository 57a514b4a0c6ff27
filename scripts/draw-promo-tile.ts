/**
 * Draws the Chrome Web Store's small promo tile, store/promo-small.png (440×280): the toolbar icon
 * (public/icons/icon-128.png, at its own size so it stays sharp), the name, and a marked figure with
 * its verdict as the extension draws them. Laid out in HTML and drawn by Chromium, for the text;
 * the colours are the icon's and the card's. Run after a design change and look at the result.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, INSTALL_HINT } from '../src/cli/browsers';

const WIDTH = 440;
const HEIGHT = 280;
const root = resolve(import.meta.dirname, '..');
/** the icon's background blue, the card's "agrees" green */
const BRAND_BLUE = '#0b3d91';
const AGREES_GREEN = '#2ea043';

const executablePath = findChromium();
if (!executablePath) {
  console.error(INSTALL_HINT.chromium);
  process.exit(2);
}
const icon = readFileSync(resolve(root, 'public/icons/icon-128.png')).toString('base64');
const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT }, deviceScaleFactor: 1 });
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>
    body { margin: 0; width: ${WIDTH}px; height: ${HEIGHT}px; overflow: hidden;
      background: linear-gradient(135deg, ${BRAND_BLUE} 0%, #123f7a 55%, #0a2a5c 100%);
      font-family: 'DejaVu Sans', 'Noto Sans', sans-serif; color: #fff; }
    .icon { position: absolute; left: 28px; top: 44px; width: 128px; height: 128px; }
    .name { position: absolute; left: 176px; top: 56px; font-size: 38px; font-weight: 700; letter-spacing: -0.5px; }
    .tagline { position: absolute; left: 178px; top: 106px; width: 240px; font-size: 15px; line-height: 1.35; color: #dbe6fb; }
    .sample { position: absolute; left: 28px; right: 28px; top: 196px; height: 52px; border-radius: 10px;
      background: #fbfaf7; color: #1f2328; display: flex; align-items: center; gap: 12px; padding: 0 16px;
      font-family: 'DejaVu Serif', 'Noto Serif', serif; font-size: 19px; box-shadow: 0 6px 18px rgba(0,0,0,.3); }
    .mark { text-decoration: underline ${AGREES_GREEN} 3px; text-underline-offset: 5px; font-weight: 700; }
    .verdict { margin-left: auto; font-family: 'DejaVu Sans', sans-serif; font-size: 13px; font-weight: 700;
      color: #fff; background: ${AGREES_GREEN}; border-radius: 999px; padding: 4px 12px; }
  </style></head><body>
    <img class="icon" src="data:image/png;base64,${icon}" alt="">
    <div class="name">ClaimLens</div>
    <div class="tagline">Figures in financial news, checked against their sources</div>
    <div class="sample"><span>invest <span class="mark">380 billion yuan</span></span><span class="verdict">✓ Agrees</span></div>
  </body></html>`);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: resolve(root, 'store/promo-small.png') });
  console.log('drew store/promo-small.png');
} finally {
  await browser.close();
}
