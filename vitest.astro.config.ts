/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** `*.astro.test.ts` render components through Astro's container API, which needs Astro's compiler. */
export default getViteConfig({
  test: { name: 'astro', include: ['tests/unit/**/*.astro.test.ts'], environment: 'node' },
});
