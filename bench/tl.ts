import { spawn } from 'node:child_process';
import { chromium } from 'playwright';
import { generateNetworkInput } from './generate-scenario';
import { parseScenario } from '../src/scenario/validate';
import { encodeScenario } from '../src/share/url-codec';
const nodes = Number(process.argv[2] ?? 2000);
const parsed = parseScenario(generateNetworkInput({ nodes, seed: 1, durationSeconds: 86_400 }));
if (!parsed.ok) throw new Error('bad');
const payload = await encodeScenario(parsed.scenario);
const app = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', '4184', '--strictPort', '--outDir', process.env.OUT ?? 'dist'], { stdio: 'ignore', detached: true });
await new Promise((r) => setTimeout(r, 3000));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const watch = `window.__m={};window.__lt=[];new PerformanceObserver((l)=>{for(const e of l.getEntries())window.__lt.push([Math.round(e.startTime),Math.round(e.duration)])}).observe({type:'longtask',buffered:true});
const mark=(k,c)=>{if(!(k in window.__m)&&c)window.__m[k]=Math.round(performance.now())};
const ob=new MutationObserver(()=>{mark('shell',document.querySelector('.app__header'));mark('loadingBox',document.querySelector('[data-testid=canvas-loading]'));mark('canvas',document.querySelector('[data-testid=canvas]'));mark('rf',document.querySelector('.react-flow__viewport'));mark('node',document.querySelector('.react-flow__node'));mark('side',document.querySelector('.app__optimise-toggle'));});ob.observe(document,{subtree:true,childList:true});`;
for (let i = 0; i < 2; i++) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  await page.addInitScript(watch);
  await page.goto(`http://127.0.0.1:4184/#s=${payload}`);
  await page.waitForFunction(() => (window as any).__m.node && (window as any).__m.side, null, { timeout: 120000 });
  const res = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /NetworkCanvas|boot|index/.test(e.name)).map((e) => `${e.name.split('/').pop()} ${Math.round(e.startTime)}→${Math.round((e as PerformanceResourceTiming).responseEnd)}`));
  console.log(JSON.stringify(await page.evaluate(() => (window as any).__m)), res.join(' '), '\nlongtasks', JSON.stringify(await page.evaluate(() => (window as any).__lt)));
  await ctx.close();
}
await browser.close();
process.kill(-app.pid!);
