// `npm test`: type check, unit tests, production build, browser tests: everything a change can
// break. Prints each step, then one closing line `N passed, N failed` with the real totals of
// unit and browser tests (also written to test-results/summary.txt for CI).
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { findChromium, NO_BROWSER_HELP } from './browser.mjs';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
mkdirSync('test-results', { recursive: true });
for (const file of ['unit.json', 'e2e.json', 'summary.txt']) rmSync(`test-results/${file}`, { force: true });

const failures = [];
const timings = [];
function step(name, command, args) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  timings.push(`${name} ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const ok = result.status === 0;
  if (!ok) failures.push(name);
  return ok;
}

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
  } catch {
    return undefined;
  }
}

// The type check runs beside the unit tests and the build (it is one thread of the machine's
// cores for half a minute); its output is printed whole when it ends, not mixed into theirs.
const checkLog = 'test-results/type-check.log';
const checkOut = openSync(checkLog, 'w');
const checkStarted = Date.now();
console.log('\n▶ type check (beside the next steps, its output below when it ends): npx astro check');
const check = spawn('npx', ['astro', 'check'], { stdio: ['ignore', checkOut, checkOut], env: process.env });
const checked = new Promise((resolve) => check.on('close', (code) => resolve(code === 0)));

step('unit tests', 'npx', [
  'vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json',
]);
const built = step('production build', 'npx', ['astro', 'build']);
if (built) step('page weight', process.execPath, ['bench/weight-check.mjs', 'dist']);

const checkOk = await checked;
closeSync(checkOut);
console.log(`\n▶ type check: npx astro check\n${readFileSync(checkLog, 'utf8')}`);
timings.unshift(`type check ${((Date.now() - checkStarted) / 1000).toFixed(0)} s (beside unit tests and build)`);
if (!checkOk) failures.unshift('type check');

const browser = findChromium({ install: true });
if (browser.source === 'none') {
  console.error(NO_BROWSER_HELP);
  failures.push('browser tests (no browser)');
} else if (!built) {
  console.error('\nBrowser tests skipped: the production build failed.');
  failures.push('browser tests (no build)');
} else {
  console.log(`\nBrowser: ${browser.path ?? "Playwright's own Chromium"} (${browser.source})`);
  step('browser tests', 'npx', ['playwright', 'test', ...process.argv.slice(2)]);
}

// Where the time went: each step, then the slowest browser tests.
console.log(`\nTime per step: ${timings.join(' · ')}`);
spawnSync(process.execPath, ['scripts/slowest.mjs', 'test-results/e2e.json', '10'], { stdio: 'inherit' });

const unit = readJson('test-results/unit.json');
const e2e = readJson('test-results/e2e.json');
const unitPassed = unit?.numPassedTests ?? 0;
const unitFailed = unit?.numFailedTests ?? 0;
const e2ePassed = e2e?.stats?.expected ?? 0;
const e2eFailed = (e2e?.stats?.unexpected ?? 0) + (e2e?.stats?.flaky ?? 0);
// A step that failed without a failing test to show for it (the type check, the build, a test
// runner that crashed, no browser) counts as one failure, so the totals never look green.
const unexplained = failures.filter(
  (name) => !(name === 'unit tests' && unitFailed) && !(name === 'browser tests' && e2eFailed),
).length;
const passed = unitPassed + e2ePassed;
const failed = unitFailed + e2eFailed + unexplained;

console.log(`\nUnit tests: ${unitPassed} passed, ${unitFailed} failed`);
console.log(`Browser tests: ${e2ePassed} passed, ${e2eFailed} failed`);
if (failures.length) console.log(`Failed steps: ${failures.join(', ')}`);
const summary = `${passed} passed, ${failed} failed`;
writeFileSync('test-results/summary.txt', `${summary}\n`);
console.log(summary);
process.exit(failures.length || failed ? 1 : 0);
