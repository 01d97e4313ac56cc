import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const scenario = readFileSync('/tmp/map-example.json', 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('pageerror', (e) => console.log('pageerror', e.message.slice(0, 500)));
await page.addInitScript((text) => localStorage.setItem('qnet-designer.scenario', text), scenario);
await page.goto('http://127.0.0.1:4308/');
await page.getByTestId('node-Shanghai').waitFor({ timeout: 30000 });
const frame = async (label) => { const t = Date.now(); await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))); console.log(label, Date.now() - t, 'ms', await page.locator('[data-testid=run-status]').textContent().catch(() => ''), await page.locator('.time-controls').textContent().catch(() => '')); };
await frame('canvas');
await page.getByTestId('map-toggle').click();
await page.waitForTimeout(2000);
for (let i = 0; i < 3; i++) await frame('map');
for (let i = 0; i < 3; i++) { await page.getByRole('button', { name: 'Zoom Out' }).click(); await frame('zoomed out'); }
for (let i = 0; i < 3; i++) { await page.getByRole('button', { name: 'Zoom In' }).click(); await frame('zoomed in'); }
await browser.close();
