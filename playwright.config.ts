import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/browser.mjs';

// PW_DIST and PW_PORT let several test runs, each with its own build, run side by side.
const PORT = Number(process.env.PW_PORT ?? 4322);
const DIST = process.env.PW_DIST ?? 'dist';
const chromium = findChromium();

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  // As many workers as the machine has cores: the tests are bound by the browsers' CPU time.
  workers: Math.max(2, availableParallelism()),
  timeout: 30_000,
  expect: { timeout: 7_000 },
  // Separate artifacts and reports per port, so side-by-side runs do not clean each other's files.
  outputDir: `test-results/artifacts-${PORT}`,
  reporter: [['list'], ['json', { outputFile: PORT === 4322 ? 'test-results/e2e.json' : `test-results/e2e-${PORT}.json` }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    // A trace costs every test time; CI only shows text, so it records none there.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    // The service worker would precache the whole site in every test's fresh browser context;
    // only the offline tests let it run (test.use({ serviceWorkers: 'allow' })).
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromium.path,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The production build, served as a static host serves it. `npm test` builds it first.
    command: `node scripts/serve.mjs ${DIST} ${PORT}`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
