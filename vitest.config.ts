import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two projects: `core` runs the pure code without the WXT plugin (no fake browser, no aliases),
// which checks that utils/extract, sites, analyze and export never need browser.*; `ext` runs the
// extension-side tests with WXT's fake browser.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'core',
          environment: 'node',
          include: ['tests/core/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        plugins: [WxtVitest()],
        test: {
          name: 'ext',
          environment: 'jsdom',
          include: ['tests/ext/**/*.test.{ts,tsx}'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
