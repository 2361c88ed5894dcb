// Prints the slowest browser tests of the last run (test-results/e2e.json), and the time each
// spec file took in all: where to look when the run gets slow.
import { existsSync, readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'test-results/e2e.json';
const count = Number(process.argv[3] ?? 10);
if (!existsSync(file)) process.exit(0);
const report = JSON.parse(readFileSync(file, 'utf8'));
const tests = [];
const walk = (suite, path) => {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests) {
      for (const result of test.results) tests.push({ file: spec.file ?? path, title: spec.title, ms: result.duration });
    }
  }
  for (const child of suite.suites ?? []) walk(child, suite.file ?? path);
};
for (const suite of report.suites ?? []) walk(suite, suite.file);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`.padStart(8);
const byFile = new Map();
for (const test of tests) byFile.set(test.file, (byFile.get(test.file) ?? 0) + test.ms);
console.log(`\nSlowest ${count} browser tests:`);
for (const test of [...tests].sort((a, b) => b.ms - a.ms).slice(0, count)) console.log(`${seconds(test.ms)}  ${test.file} › ${test.title}`);
console.log('\nBrowser test time by file (summed over workers):');
for (const [name, ms] of [...byFile].sort((a, b) => b[1] - a[1])) console.log(`${seconds(ms)}  ${name}`);
