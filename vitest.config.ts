import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // Property tests run hundreds of documents; on a busy 2-core CI machine 5 s is not enough.
    testTimeout: 30000,
  },
});
