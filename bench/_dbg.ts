import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';
import { generateNetworkInput } from './generate-scenario';
const network = generateNetworkInput({ nodes: 500, seed: 5, requestsPerNode: 10, durationSeconds: 100_000 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.addInitScript((text) => window.localStorage.setItem('qnet-designer.scenario', text), JSON.stringify(network));
const t0 = Date.now();
await page.goto('http://127.0.0.1:4301/');
const cdp = await page.context().newCDPSession(page);
for (let i = 0; i < 14; i++) {
  await page.waitForTimeout(5000);
  const s = Date.now();
  const status = await page.getByTestId('run-status').textContent({ timeout: 60000 }).catch(() => '?');
  const time = await page.getByTestId('sim-time').textContent({ timeout: 60000 }).catch(() => '?');
  const heap = ((await cdp.send('Runtime.getHeapUsage')) as any).usedSize / 1e6;
  console.log(((Date.now() - t0) / 1000).toFixed(0), 's', status, time, heap.toFixed(0), 'MB', 'answer', Date.now() - s, 'ms');
  if (i === 3) await page.screenshot({ path: '/tmp/teldbg/a.png' });
}
await browser.close();
