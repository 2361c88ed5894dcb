import { defineConfig } from 'vitest/config';

// The pipeline's million rows in a process whose heap may not pass 250 MB (see pipeline-capped.cap.ts).
export default defineConfig({
  test: {
    include: ['bench/**/*.cap.ts'],
    environment: 'node',
    testTimeout: 300_000,
    reporters: ['dot'],
    silent: false,
    // Old space 247 MB and young space small: the heap's whole limit is 250 MB.
    execArgv: ['--max-old-space-size=247', '--max-semi-space-size=1'],
  },
});
