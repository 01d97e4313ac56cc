import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const scenario = readFileSync('/tmp/map-example.json', 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('pageerror', (e) => console.log('pageerror', e.message.slice(0, 500)));
await page.addInitScript((text) => localStorage.setItem('qnet-designer.scenario', text), scenario);
await page.goto('http://127.0.0.1:4309/');
await page.getByTestId('node-Shanghai').waitFor({ timeout: 30000 });
await page.getByTestId('map-toggle').click();
for (let i = 0; i < 6; i++) {
  await page.waitForTimeout(1500);
  const t = await page.locator('.time-controls').textContent();
  const b = await page.getByTestId('node-Satellite (500 km)').boundingBox();
  const tr = await page.getByTestId('node-Satellite (500 km)').evaluate((el) => el.closest('.react-flow__node').style.transform);
  console.log(t.slice(-22), JSON.stringify(b), tr);
}
await browser.close();
