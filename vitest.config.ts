import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'e2e/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // The JSON report is what .ci/run counts (its file is set per run by test/scripts/run-tests.mjs).
    reporters: ['default', 'json'],
    outputFile: { json: '.ci/vitest.json' },
    maxWorkers: 2,
    // Every JSON answer is checked against its route's response schema (src/shared/contract.ts).
    env: { RESPONSE_CONTRACT: 'strict' },
    // Browser journeys poll the page; on a loaded 2-core CI machine a second is not always enough.
    expect: { poll: { timeout: 10_000 } },
  },
});
