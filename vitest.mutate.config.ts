import { defineConfig } from 'vitest/config';

/**
 * The config `npm run mutate` (Stryker) runs: only the pure layers' own tests, so a mutant in
 * src/clinical or src/fhir survives unless a rule's table test pins its boundary.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/clinical/**/*.test.ts', 'src/fhir/**/*.test.ts'],
    env: { TZ: 'America/New_York' },
  },
});
