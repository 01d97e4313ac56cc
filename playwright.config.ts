import { defineConfig } from '@playwright/test';

// E2E_PORT lets two test runs on one machine each build and serve their own copy.
const PORT = Number(process.env.E2E_PORT ?? 4173);

/** Debian's Chromium, launched with the flags this machine needs (no sandbox as root, no calls home). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Spec files holding the longest tests (measured: 30 s to minutes each). They run first, as a project of their own,
 * because Playwright hands out tests in file order: left to the end, one would run alone while the other worker idles.
 */
const LONG_SPECS = [
  'delivered-pair',
  'huge-network',
  'journeys',
  'large-network',
  'lessons',
  'many-requests',
  'teacher',
  'world-map',
].map((name) => `**/${name}.spec.ts`);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  // Generous: a shared 2-core CI machine under load runs a test 3–4× slower than an idle one.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
    // Actions, DOM snapshots and console of a failed test, without the screencast: filming every frame of pages that
    // animate all the time cost about a third more test-runner CPU (measured on two specs).
    trace: { mode: 'retain-on-failure', screenshots: false },
  },
  projects: [
    { name: 'long', testMatch: LONG_SPECS },
    { name: 'short', testIgnore: LONG_SPECS },
  ],
  webServer: {
    // The production build: what users get, and far faster than the dev server.
    command: `npx vite build --logLevel warn --outDir .e2e-build/${PORT} --emptyOutDir && npx vite preview --outDir .e2e-build/${PORT} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
