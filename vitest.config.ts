import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [
    preact(),
    {
      // The build's virtual modules (vite.config.ts) come from plugins the tests do not run: here
      // they resolve to nothing, and a test that imports an entry mocks them with vi.mock.
      name: 'claimlens:virtual-modules-in-tests',
      resolveId: (id) => (id.startsWith('virtual:claims-') ? `\0${id}` : undefined),
      load: (id) => (id.startsWith('\0virtual:claims-') ? 'export default undefined;' : undefined),
    },
  ],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'dom', include: ['test/dom/**/*.test.{ts,tsx}'], environment: 'happy-dom' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // one browser at a time: the machine has two cores
          fileParallelism: false,
        },
      },
    ],
  },
});
