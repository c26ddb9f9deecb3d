import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    // Generous limits for a busy 2-core CI machine: a test that hangs still fails, a slow one does not.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/**/*.astro.test.ts'],
          // Test files share one module graph per worker instead of re-importing it for each file:
          // the imports were two thirds of the run (55 s of CPU → 17 s). The tests keep no global
          // state (no vi.mock, no env or cwd changes); a file that needs some must restore it.
          isolate: false,
          // Each test starts in the worker's own PLANBOOK_LANG, whatever a timed-out test left.
          setupFiles: ['tests/unit/helpers/env-guard.ts'],
        },
      },
      // Only the component tests pay for Astro's Vite plugins (about half a second per file).
      'vitest.astro.config.ts',
    ],
  },
});
