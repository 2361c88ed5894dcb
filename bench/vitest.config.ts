import { defineConfig } from 'vitest/config';

// Bench files are vitest "tests" that measure and print; they assert nothing about time.
export default defineConfig({
  test: {
    include: ['bench/**/*.perf.ts'],
    environment: 'node',
    testTimeout: 120_000,
    reporters: ['dot'],
    silent: false,
    // The memory figures collect garbage before they start measuring.
    execArgv: ['--expose-gc'],
  },
});
