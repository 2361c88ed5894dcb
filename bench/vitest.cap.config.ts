import { defineConfig } from 'vitest/config';

// The pipeline's million rows in a process whose heap may not pass 250 MB (see pipeline-capped.cap.ts).
export default defineConfig({
  test: {
    include: ['bench/**/*.cap.ts'],
    environment: 'node',
    testTimeout: 300_000,
    reporters: ['dot'],
    silent: false,
    execArgv: ['--max-old-space-size=250'],
  },
});
