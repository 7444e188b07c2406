import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ALL_SIZES, ICNS_ENTRIES, ICO_SIZES, LINUX_SIZES, encodeIcns, encodeIco, pngSize } from '../build/iconFiles';
import { findChromium } from '../test/e2e/harness/findChromium';

/**
 * `npm run icons`: every icon of the app from the one source, build/icon.svg, rendered by the
 * machine's Chromium at each size (small sizes are drawn at that size, not scaled from 1024):
 * build/icon.png (1024), build/icon.ico (Windows), build/icon.icns (macOS) and
 * build/icons/NxN.png (Linux). The outputs are committed; run this after editing the SVG.
 */
const buildDir = join(import.meta.dirname, '..', 'build');
const svg = readFileSync(join(buildDir, 'icon.svg'));
const source = `data:image/svg+xml;base64,${svg.toString('base64')}`;

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const rendered = new Map<number, Buffer>();
  for (const size of ALL_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent"><img id="icon" alt="" width="${size}" height="${size}" src="${source}" style="display:block"></body></html>`,
    );
    await page.locator('#icon').evaluate((img: HTMLImageElement) => img.decode());
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    const actual = pngSize(png);
    if (actual.width !== size || actual.height !== size) throw new Error(`rendered ${actual.width}x${actual.height} for ${size}`);
    rendered.set(size, png);
  }
  const at = (size: number) => rendered.get(size)!;

  writeFileSync(join(buildDir, 'icon.png'), at(1024));
  writeFileSync(join(buildDir, 'icon.ico'), encodeIco(ICO_SIZES.map(at)));
  writeFileSync(join(buildDir, 'icon.icns'), encodeIcns(ICNS_ENTRIES.map(([type, size]) => [type, at(size)] as const)));
  mkdirSync(join(buildDir, 'icons'), { recursive: true });
  for (const size of LINUX_SIZES) writeFileSync(join(buildDir, 'icons', `${size}x${size}.png`), at(size));
  process.stdout.write(`icons written to ${buildDir}: ${ALL_SIZES.join(', ')} px\n`);
} finally {
  await browser.close();
}
