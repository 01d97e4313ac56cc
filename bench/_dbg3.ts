import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';
import { generateNetworkInput } from './generate-scenario';
const network = generateNetworkInput({ nodes: 500, seed: 5, requestsPerNode: 10, durationSeconds: 100_000 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.addInitScript((text) => window.localStorage.setItem('qnet-designer.scenario', text), JSON.stringify(network));
await page.goto('http://127.0.0.1:4301/');
await page.waitForTimeout(25000);
console.log(await page.evaluate(() => {
  const out: Record<string, number> = { all: document.querySelectorAll('*').length };
  for (const el of document.querySelectorAll('section, aside, [data-testid]')) {
    const n = el.querySelectorAll('*').length;
    if (n > 500) out[`${el.tagName}.${el.className}#${el.getAttribute('data-testid') ?? ''}`] = n;
  }
  return out;
}));
await browser.close();
