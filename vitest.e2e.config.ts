import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium against the production build (see tests/e2e/harness.ts).
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['tests/e2e/global-setup.ts'],
		fileParallelism: false,
		testTimeout: 60_000,
		hookTimeout: 120_000
	}
});
