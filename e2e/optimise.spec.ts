import { expect, test } from '@playwright/test';

// Stations A and B 100 km apart through four trusted nodes 20 km apart: at 300 bit/s a hop may span 60 km, so one relay
// is enough (the optimiser's own tests check the count against the closed form and brute force).
const sites = ['T1', 'T2', 'T3', 'T4'];
const ids = ['A', ...sites, 'B'];
const line = {
  version: 2,
  name: 'Relay line',
  nodes: ids.map((id, i) => ({
    id, kind: id === 'A' || id === 'B' ? 'ground-station' : 'trusted-node', position: { x: 40 + i * 150, y: 200 }, params: {},
    ...(id === 'T1' || id === 'T2' || id === 'T3' ? { candidate: true } : {}),
  })),
  links: ids.slice(1).map((id, i) => ({ id: `f${i}`, kind: 'fiber', source: ids[i], target: id, params: { lengthKm: 20 } })),
  requests: [{ id: 'key', protocol: 'bb84-decoy', source: 'A', target: 'B', params: {} }],
};

test('set a target, optimise in the worker, see the proposal over the canvas, apply it as one edit and undo it', async ({ page }) => {
  await page.addInitScript((text) => localStorage.setItem('qnet-designer.scenario', text), JSON.stringify(line));
  await page.goto('/');
  test.slow(); // a shared machine under load takes its time to mount the canvas and to run the solver
  for (const id of ids) await expect(page.getByTestId(`node-${id}`)).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Optimise relays' }).click();
  const panel = page.getByTestId('optimise-panel');
  await expect(panel).toBeVisible();
  // The fourth site is marked here, as a user would: one undoable edit.
  await panel.getByRole('checkbox', { name: 'T4' }).check();
  await panel.getByLabel('Minimum key rate per request (bit/s)').fill('300');
  await panel.getByRole('button', { name: 'Optimise', exact: true }).click();
  const proposal = page.getByTestId('optimise-proposal');
  await expect(proposal).toBeVisible({ timeout: 60_000 });
  await expect(proposal).toContainText('Keeps 1 of 4 candidate sites');
  await expect(proposal).toContainText('proven optimal');
  // The diff on the canvas: one site kept as a relay, three ghosted as junctions.
  await expect(page.locator('[data-testid^="proposal-"]', { hasText: 'relay kept' })).toHaveCount(1);
  await expect(page.locator('[data-testid^="proposal-"]', { hasText: 'becomes junction' })).toHaveCount(3);
  await expect(page.locator('.station--proposed-remove')).toHaveCount(3);
  await page.screenshot({ path: 'e2e/screenshots/optimise-proposal.png' });

  await proposal.getByRole('button', { name: 'Apply' }).click();
  await expect(proposal).toBeHidden();
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  await expect(page.locator('[data-testid^="proposal-"]')).toHaveCount(0);
  await page.screenshot({ path: 'e2e/screenshots/optimise-applied.png' });

  // Apply was one step: a single undo brings every site back (and the fourth still marked).
  await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__node')).toHaveCount(6);
  await expect(panel.getByRole('checkbox', { name: 'T4' })).toBeChecked();
});

test('a target no placement can meet is explained, and Cancel stops a run', async ({ page }) => {
  await page.addInitScript((text) => localStorage.setItem('qnet-designer.scenario', text), JSON.stringify(line));
  await page.goto('/');
  await page.getByRole('button', { name: 'Optimise relays' }).click();
  const panel = page.getByTestId('optimise-panel');
  await panel.getByLabel('Minimum key rate per request (bit/s)').fill('1e9');
  await panel.getByRole('button', { name: 'Optimise', exact: true }).click();
  await expect(page.getByTestId('optimise-error')).toContainText(/request key cannot reach 1000000000 bit\/s with every candidate site kept; the best it can get is/, { timeout: 60_000 });

  // The solver's code is held back, so this run is surely still going when Cancel is clicked (a fast machine once
  // finished it between seeing the button and clicking it).
  let releaseSolver: () => void = () => {};
  const solverAsked = new Promise<void>((asked) => {
    void page.context().route('**/*highs*.wasm', async (route) => {
      asked();
      await new Promise<void>((release) => (releaseSolver = release));
      await route.continue().catch(() => {});
    });
  });
  await panel.getByLabel('Minimum key rate per request (bit/s)').fill('300');
  await panel.getByRole('button', { name: 'Optimise', exact: true }).click();
  await solverAsked;
  await expect(panel.getByRole('progressbar')).toBeVisible();
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel.getByRole('progressbar')).toBeHidden();
  await expect(panel.getByRole('button', { name: 'Cancel' })).toBeHidden();
  await expect(page.getByTestId('optimise-proposal')).toBeHidden();
  await expect(page.getByTestId('optimise-error')).toBeHidden();

  // After a cancelled run the next one goes to its end.
  releaseSolver();
  await page.context().unrouteAll({ behavior: 'ignoreErrors' });
  await panel.getByRole('button', { name: 'Optimise', exact: true }).click();
  await expect(page.getByTestId('optimise-proposal')).toBeVisible({ timeout: 60_000 });
});

// Stations A and B 150 km apart through five candidate repeaters 25 km apart: alone the 150 km link gives too little
// key, every repeater kept gives too low a fidelity; one repeater in the middle meets F ≥ 0.85 and 1 bit/s.
const repeaterIds = ['A', 'R1', 'R2', 'R3', 'R4', 'R5', 'B'];
const repeaterLine = {
  version: 2,
  name: 'Repeater line',
  nodes: repeaterIds.map((id, i) => ({
    id, kind: id === 'A' || id === 'B' ? 'ground-station' : 'repeater', position: { x: 40 + i * 130, y: 200 }, params: {},
    ...(id.startsWith('R') && id !== 'R5' ? { candidate: true } : {}),
  })),
  links: repeaterIds.slice(1).map((id, i) => ({ id: `f${i}`, kind: 'fiber', source: repeaterIds[i], target: id, params: { lengthKm: 25 } })),
  requests: [{ id: 'pairs', protocol: 'entanglement', source: 'A', target: 'B', params: { monteCarloTrials: 200 } }],
};

test('set a fidelity floor, let the optimiser choose repeaters, see the diff and the fidelity, apply and undo', async ({ page }) => {
  await page.addInitScript((text) => localStorage.setItem('qnet-designer.scenario', text), JSON.stringify(repeaterLine));
  await page.goto('/');
  test.slow();
  for (const id of repeaterIds) await expect(page.getByTestId(`node-${id}`)).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Optimise relays' }).click();
  const panel = page.getByTestId('optimise-panel');
  await panel.getByRole('checkbox', { name: 'R5' }).check();
  // The floor is the request's own, kept in the design (ticked at the default 0.9, then typed); the key rate is for this run.
  const targets = panel.getByTestId('optimise-target-pairs');
  await targets.getByRole('checkbox', { name: 'Minimum fidelity for A → B' }).check();
  await targets.getByLabel('Minimum fidelity', { exact: true }).fill('0.85');
  await targets.getByLabel('Minimum fidelity', { exact: true }).press('Enter');
  await panel.getByLabel('Minimum key rate per request (bit/s)').fill('1');
  await panel.getByRole('button', { name: 'Optimise', exact: true }).click();
  const proposal = page.getByTestId('optimise-proposal');
  await expect(proposal).toBeVisible({ timeout: 90_000 });
  await expect(proposal).toContainText('Keeps 1 of 5 candidate sites');
  await expect(proposal).toContainText('proven optimal');
  // Target, now (all five repeaters: below the floor, so the engine delivers no pair) and proposed (one repeater: both met).
  const row = proposal.getByRole('row', { name: /A → B/ });
  await expect(row.getByRole('cell').nth(0)).toHaveText('1.00 bit/s, F ≥ 0.85');
  await expect(row.getByRole('cell').nth(1)).toHaveText('0 bit/s');
  await expect(row.getByRole('cell').nth(2)).toHaveText(/^1\.\d\d bit\/s, F = 0\.9\d\d$/);
  await expect(page.locator('[data-testid^="proposal-"]', { hasText: 'relay kept' })).toHaveCount(1);
  await expect(page.locator('.station--proposed-remove')).toHaveCount(4);
  await page.screenshot({ path: 'e2e/screenshots/optimise-repeaters.png' });

  await proposal.getByRole('button', { name: 'Apply' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__node')).toHaveCount(7);
  await expect(panel.getByRole('checkbox', { name: 'R5' })).toBeChecked();
});

test('a site cost within the schema\'s range is kept, and one past it is not taken, so the design still opens from autosave', async ({ page }) => {
  await page.addInitScript((text) => localStorage.setItem('qnet-designer.scenario', text), JSON.stringify(line));
  await page.goto('/');
  await expect(page.getByTestId('node-T1')).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Optimise relays' }).click();
  const cost = page.getByTestId('optimise-panel').getByLabel('Cost of T1');
  await cost.fill('250');
  await expect(cost).toHaveValue('250');
  await cost.fill('2e9');
  // Refused: the field shows the cost the design holds, and the run goes on with it.
  await expect(cost).toHaveValue('250');
  await expect(page.getByTestId('run-status')).not.toHaveText('rejected');
  await page.reload();
  await expect(page.getByTestId('node-T1')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/could not be read|unreadable/i)).toHaveCount(0);
});
