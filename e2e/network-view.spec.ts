import { expect, test, type Page } from '@playwright/test';

const SLOW = { timeout: 30_000 };

/** A triangle: the direct fiber Alice–Bob is cut from t = 0, so the request must go round through the trusted relay. */
const triangleWithCut = {
  version: 1,
  name: 'Triangle with a cut fiber',
  settings: { durationSeconds: 600, timeStepSeconds: 1 },
  nodes: [
    { id: 'alice', label: 'Alice', kind: 'ground-station', position: { x: 60, y: 300 }, params: {} },
    { id: 'bob', label: 'Bob', kind: 'ground-station', position: { x: 560, y: 300 }, params: {} },
    { id: 'relay', label: 'Relay', kind: 'trusted-node', position: { x: 310, y: 60 }, params: {} },
  ],
  links: [
    { id: 'fiber-ab', source: 'alice', target: 'bob', kind: 'fiber', params: { lengthKm: 30 } },
    { id: 'fiber-ar', source: 'alice', target: 'relay', kind: 'fiber', params: { lengthKm: 25 } },
    { id: 'fiber-rb', source: 'relay', target: 'bob', kind: 'fiber', params: { lengthKm: 25 } },
  ],
  requests: [{ id: 'key-1', source: 'alice', target: 'bob', protocol: 'bb84-decoy', params: {} }],
  events: [{ kind: 'link-failure', linkId: 'fiber-ab', startSeconds: 0 }],
};

/** Micius-like orbit over Graz and Xinglong, as in the 2017 intercontinental key exchange. */
const satelliteRelay = {
  version: 1,
  name: 'Satellite relay',
  settings: { durationSeconds: 86_400, timeStepSeconds: 10 },
  nodes: [
    { id: 'micius', label: 'Micius', kind: 'satellite', position: { x: 430, y: 60 }, params: { altitudeKm: 500, inclinationDeg: 97.4, raanDeg: 100, phaseDeg: 0 } },
    { id: 'graz', label: 'Graz', kind: 'ground-station', position: { x: 120, y: 380 }, location: { latDeg: 47.1, lonDeg: 15.5 }, params: {} },
    { id: 'xinglong', label: 'Xinglong', kind: 'ground-station', position: { x: 740, y: 380 }, location: { latDeg: 40.4, lonDeg: 117.6 }, params: {} },
  ],
  links: [
    { id: 'down-graz', source: 'micius', target: 'graz', kind: 'free-space', params: {} },
    { id: 'down-xinglong', source: 'micius', target: 'xinglong', kind: 'free-space', params: {} },
  ],
  requests: [{ id: 'key-sat', source: 'xinglong', target: 'graz', protocol: 'bb84-decoy', params: {} }],
};

async function openWith(page: Page, scenario: unknown) {
  await page.addInitScript((text) => localStorage.setItem('qnet-designer.scenario', text), JSON.stringify(scenario));
  await page.goto('/');
}

test('a link failed from t = 0 is drawn as failed and the request goes round it through the relay, whose key store fills', async ({ page }) => {
  await openWith(page, triangleWithCut);
  const cut = page.getByTestId('link-label-fiber-ab');
  await expect(cut).toHaveAttribute('data-link-state', 'failed', SLOW);
  await expect(page.getByTestId('link-failed-fiber-ab')).toHaveText('✕ failed');
  await expect(page.getByTestId('link-failed-fiber-ab')).toHaveAttribute('title', /.+/);
  await expect(page.locator('.react-flow__edge-path.link--failed')).toHaveCount(1);
  // Select the request: its path lights up around the cut, not across it.
  await page.getByTestId('request-key-1').getByRole('button', { name: /Show its path/ }).click();
  await expect(page.getByTestId('link-label-fiber-ar')).toHaveAttribute('data-on-path', 'true');
  await expect(page.getByTestId('link-label-fiber-rb')).toHaveAttribute('data-on-path', 'true');
  await expect(cut).not.toHaveAttribute('data-on-path', 'true');
  await expect(page.getByTestId('request-rate-key-1')).toHaveText(/bit\/s/);
  // The relay holds the key it passes on; the badge shows it with units.
  await expect(page.getByTestId('key-store-Relay')).toHaveText(/^key \d.* (k|M)?bit$/, SLOW);
  await expect(page.getByTestId('key-store-Alice')).toBeVisible();
  await page.getByTestId('canvas').screenshot({ path: 'e2e/screenshots/network-failed-link.png' });
});

test('in map view a satellite draws its ground track and sits over the point below it; its links show when it is out of view', async ({ page }) => {
  await openWith(page, satelliteRelay);
  await expect(page.getByTestId('node-Micius')).toBeVisible(SLOW);
  // At t = 0 the satellite is over the equator at 100° E: below both stations' horizons.
  await expect(page.getByTestId('link-dark-down-graz')).toHaveText('not in view', SLOW);
  await page.getByTestId('map-toggle').click();
  const track = page.getByTestId('ground-track-micius');
  // A day of orbits, sampled about once a minute, crosses ±180° many times: many subpaths.
  await expect(track).toHaveAttribute('d', /^M(.*M){10,}/, SLOW);
  await expect(page.getByTestId('map-land')).toHaveAttribute('d', /^M/, SLOW);
  // The node sits on its track: its centre lies near the drawn path in screen space.
  const node = (await page.getByTestId('node-Micius').boundingBox())!;
  const near = await track.evaluate((el, c) => {
    const path = el as SVGPathElement;
    const m = path.getScreenCTM()!;
    const length = path.getTotalLength();
    let best = Infinity;
    for (let s = 0; s <= length; s += length / 4000) {
      const p = path.getPointAtLength(s);
      best = Math.min(best, Math.hypot(m.a * p.x + m.c * p.y + m.e - c.x, m.b * p.x + m.d * p.y + m.f - c.y));
    }
    return best;
  }, { x: node.x + node.width / 2, y: node.y + node.height / 2 });
  expect(near).toBeLessThan(40);
  await page.getByTestId('canvas').screenshot({ path: 'e2e/screenshots/network-ground-track.png' });
});

test('a satellite’s inspector lists when it passes over each station it links to', async ({ page }) => {
  await openWith(page, satelliteRelay);
  await page.getByTestId('node-Micius').click();
  const passes = page.getByTestId('satellite-passes');
  await expect(passes.getByRole('heading', { name: /Graz/ })).toBeVisible(SLOW);
  await expect(passes.getByRole('heading', { name: /Xinglong/ })).toBeVisible();
  // A day of a 500 km orbit: a few passes over each mid-latitude station, each rising and setting within the run.
  const rows = passes.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThanOrEqual(4);
  await expect(rows.first()).toContainText(/t = \d/);
  await expect(rows.first()).toContainText(/\d+° at t = /);
  await passes.screenshot({ path: 'e2e/screenshots/satellite-passes.png' });
});

test('at 1280×800 toggling play/pause moves nothing in the header', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(page.getByTestId('run-status')).toHaveText('running', SLOW);
  const header = page.locator('.app__header');
  const step = page.getByRole('button', { name: 'Step one time step' });
  const layout = async () => ({ header: (await header.boundingBox())!.height, step: (await step.boundingBox())!.x });
  await page.screenshot({ path: 'e2e/screenshots/network-header-playing.png', clip: { x: 0, y: 0, width: 1280, height: 120 } });
  const playing = await layout();
  await page.getByRole('button', { name: /Pause/ }).click();
  await expect(page.getByRole('button', { name: /Play/ })).toBeVisible();
  expect(await layout()).toEqual(playing);
  await page.screenshot({ path: 'e2e/screenshots/network-header-paused.png', clip: { x: 0, y: 0, width: 1280, height: 120 } });
  await page.getByRole('button', { name: /Play/ }).click();
  await expect(page.getByRole('button', { name: /Pause/ })).toBeVisible();
  expect(await layout()).toEqual(playing);
});
