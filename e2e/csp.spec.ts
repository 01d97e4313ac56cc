import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';

const SLOW = { timeout: 60_000 };

// A journey on a shared, loaded machine: generous, as a safety net rather than a speed requirement.
test.setTimeout(240_000);

/** Records every Content-Security-Policy violation the page reports, from before its first script runs. */
async function watchPolicy(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => {
    if (/Content Security Policy|unsafe-eval|Refused/i.test(error.message)) violations.push(`error: ${error.message}`);
  });
  await page.exposeFunction('reportPolicyViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportPolicyViolation(t: string): void }).reportPolicyViolation(`${e.violatedDirective}: ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return violations;
}

async function download(page: Page, name: string) {
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
}

test('the built app carries its policy and runs a whole journey without one violation', async ({ page }) => {
  const violations = await watchPolicy(page);
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /connect-src 'self'/);
  await expect(page.getByTestId('node-Alice')).toBeVisible(SLOW);
  // An example, played.
  await page.getByRole('button', { name: 'Examples', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Open Decoy states vs no decoys' }).click();
  await expect.poll(async () => Number(await page.getByTestId('chart-keyRateBitsPerSecond').getAttribute('data-samples')), SLOW).toBeGreaterThan(2);
  // Its share link, QR code and embed snippet.
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByTestId('share-qr')).toBeVisible();
  await expect(page.getByTestId('share-embed')).toHaveValue(/sandbox="allow-scripts allow-same-origin allow-downloads"/);
  await page.keyboard.press('Escape');
  // Exports: the scenario, the network as SVG and as PNG (drawn through a blob: image).
  await page.getByRole('button', { name: 'Files' }).click();
  await download(page, 'Export scenario (JSON)');
  await download(page, 'Network (SVG)');
  await download(page, 'Network (PNG)');
  await page.getByRole('button', { name: 'Files' }).click();
  // An edit, typed into the inspector (checked by the scenario schema, which must run without eval).
  await page.getByTestId('link-label-fiber-decoy').click();
  const length = page.getByRole('textbox', { name: 'Length' });
  await length.fill('35');
  await length.press('Enter');
  await expect(page.getByTestId('link-label-fiber-decoy')).toContainText('35 km');
  expect(violations).toEqual([]);
});

test('the embed snippet’s sandbox leaves the app everything it needs: its worker, its charts, its exports', async ({ page }) => {
  const violations = await watchPolicy(page);
  await page.goto('/');
  await expect(page.getByTestId('node-Alice')).toBeVisible(SLOW);
  await page.getByRole('button', { name: 'Share' }).click();
  // The snippet is written once the share link is encoded: read it only when it holds the frame.
  await expect(page.getByTestId('share-embed')).toHaveValue(/<iframe/);
  const snippet = await page.getByTestId('share-embed').inputValue();
  // The school's site: another origin framing the app with the snippet as given.
  const host = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><title>LMS</title><h1>Week 3</h1>${snippet}`);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  try {
    await page.goto(`http://localhost:${(host.address() as AddressInfo).port}/week-3`);
    const app = page.frameLocator('iframe');
    await expect(app.getByTestId('node-Alice')).toBeVisible(SLOW);
    await expect.poll(async () => Number(await app.getByTestId('chart-keyRateBitsPerSecond').getAttribute('data-samples')), SLOW).toBeGreaterThan(2);
    await app.getByRole('button', { name: 'Files' }).click();
    await Promise.all([page.waitForEvent('download'), app.getByRole('button', { name: 'Export scenario (JSON)' }).click()]);
    expect(violations).toEqual([]);
  } finally {
    host.close();
  }
});
