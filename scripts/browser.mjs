// Finds a Chromium for the browser tests, in this order:
//   1. the path in CHROMIUM_PATH (or PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH),
//   2. the system's headless shell (Debian's chromium-headless-shell), unless `full` is asked for:
//      the browser tests spend most of their time in the browser, and the shell (Chromium without
//      its desktop layers, what Playwright's own headless runs use) does the same work in about
//      two thirds of the CPU time,
//   3. the system's /usr/bin/chromium (Debian's package),
//   4. Playwright's own Chromium, installing it when it is missing and a download is possible.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const SYSTEM_SHELL = ['/usr/bin/chromium-headless-shell'];
const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function playwrightChromium() {
  try {
    const path = require('playwright-core').chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @param {{ install?: boolean, full?: boolean }} [options] full: a whole Chromium, not the
 *   headless shell (Lighthouse measures the browser people use).
 * @returns {{ path?: string, source: 'environment' | 'system' | 'playwright' | 'none' }}
 */
export function findChromium({ install = false, full = false } = {}) {
  const fromEnv = process.env.CHROMIUM_PATH || process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (fromEnv) {
    return existsSync(fromEnv) ? { path: fromEnv, source: 'environment' } : { source: 'none' };
  }
  const system = [...(full ? [] : SYSTEM_SHELL), ...SYSTEM_CHROMIUM].find((path) => existsSync(path));
  if (system) return { path: system, source: 'system' };
  if (playwrightChromium()) return { source: 'playwright' };
  if (install) {
    console.log('No Chromium found; trying `npx playwright install chromium`…');
    const result = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
    if (result.status === 0 && playwrightChromium()) return { source: 'playwright' };
  }
  return { source: 'none' };
}

export const NO_BROWSER_HELP = `
No Chromium is available for the browser tests. Do one of these, then run \`npm test\` again:
  • Debian or Ubuntu:           sudo apt-get install chromium-headless-shell
  • with internet access:       npx playwright install chromium
  • a Chromium you already have: CHROMIUM_PATH=/path/to/chromium npm test
`;

/** Launch flags for a headless Chromium on a machine without network or GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
