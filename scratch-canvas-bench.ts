import os from 'node:os';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from './playwright.config';
import { measureCanvas, measureOpening } from './bench/browser-bench';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const which = process.argv[2] ?? 'all';
console.log('load', os.loadavg().map((l) => l.toFixed(1)).join(' '));
if (which === 'all' || which === 'open') {
  const o = await measureOpening(browser, 2000, 3);
  console.log('opening 2000: app', o.appMs.map((t) => t.toFixed(0)).join(','), 'baseline', o.baselineMs.map((t) => t.toFixed(0)).join(','));
}
if (which === 'all' || which === 'fps') {
  for (const kind of ['baseline', 'app'] as const) {
    const row = await measureCanvas(browser, kind, 5000, 120);
    console.log(kind, 5000, 'pan', row.panFps.toFixed(1), 'drag', row.dragFps.toFixed(1), row.note, row.loadMs);
  }
}
console.log('load', os.loadavg().map((l) => l.toFixed(1)).join(' '));
await browser.close();
