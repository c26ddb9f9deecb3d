import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: ['tests/unit/**/*.astro.test.ts'] } },
      // Only the component tests pay for Astro's Vite plugins (about half a second per file).
      'vitest.astro.config.ts',
    ],
  },
});
