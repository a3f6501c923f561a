import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'

export default defineConfig({
  resolve: {
    // Examples and tests import the package by name, as users do.
    alias: {'retext-news': fileURLToPath(new URL('src/index.ts', import.meta.url))},
  },
  test: {
    include: ['test/**/*.test.ts'],
    typecheck: {enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json'},
    testTimeout: 60_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // The CLI entry, the barrel and the type-only module hold no logic of
      // their own; the batch worker runs in worker threads, out of sight of
      // the coverage of the main thread (test/batch.test.ts exercises it).
      exclude: ['src/cli.ts', 'src/index.ts', 'src/types.ts', 'src/lib/batch-worker.ts'],
      reporter: ['text-summary', 'text'],
    },
  },
})
