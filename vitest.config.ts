import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/unit/**/*.test.ts', 'test/migrations/**/*.test.ts'],
          exclude: ['test/unit/renderer/**'],
          testTimeout: 30000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/unit/renderer/**/*.test.tsx'],
          testTimeout: 30000,
        },
      },
    ],
  },
});
