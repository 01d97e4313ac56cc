import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from './playwright.config';
import { generateNetworkInput } from './bench/generate-scenario';
import { parseScenario } from './src/scenario/validate';
import { tileCentres } from './e2e/canvas-tiles';
const input = generateNetworkInput({ nodes: 10000, seed: 1, durationSeconds: 86_400 });
const parsed = parseScenario(input); if (!parsed.ok) throw new Error('x');
const scenario = parsed.scenario;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
await page.addInitScript(([key, text]) => window.localStorage.setItem(key!, text!), ['qnet-designer.scenario', JSON.stringify(input)]);
await page.goto('http://127.0.0.1:4319/');
await page.waitForFunction(() => /t = [0:]*[1-9]/.test(document.querySelector('[data-testid=sim-time]')?.textContent ?? ''), null, { timeout: 300_000 });
console.log('streaming');
let picked: string | null = null;
for (let z = 0; z < 4 && !picked; z++) {
  const centres = await tileCentres(page, scenario.nodes.map((n) => n.position));
  const c = new Map(scenario.nodes.map((n, i) => [n.id, centres[i]!]));
  for (const l of scenario.links.slice(0, 50)) {
    const a = c.get(l.source)!, b = c.get(l.target)!;
    const m = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    const open = await page.evaluate((m) => document.elementFromPoint(m.x, m.y)?.classList.contains('react-flow__pane') ?? false, m);
    if (!open || !centres.every((t) => Math.abs(t.x - m.x) > 48 * t.zoom + 2 || Math.abs(t.y - m.y) > 32 * t.zoom + 2)) continue;
    await page.mouse.click(m.x, m.y);
    const got = await page.locator('form[aria-label^="Link "]').getAttribute('aria-label', { timeout: 3000 }).catch(() => null);
    if (got === `Link ${l.id}`) { picked = l.id; break; }
  }
  if (!picked) await page.getByRole('button', { name: 'Zoom In' }).click();
}
console.log('picked', picked);
const att = page.locator(`form[aria-label="Link ${picked}"] input[name=attenuationDbPerKm]`);
const orig = Number(await att.inputValue());
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await page.waitForTimeout(1000);
await cdp.send('Profiler.start');
const t0 = Date.now();
await att.fill(String(orig + 0.05));
await att.press('Enter');
await page.waitForTimeout(2500);

const { profile } = await cdp.send('Profiler.stop');
console.log('profiled ms', Date.now() - t0);
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const dt = profile.timeDeltas as number[];
profile.samples.forEach((id: number, i: number) => {
  const n: any = byId.get(id);
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()?.slice(0, 24)}:${n.callFrame.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
});
[...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30).forEach(([k, v]) => console.log(v.toFixed(0).padStart(6), k));
await browser.close();
